import { useTranslation } from 'react-i18next';
import { useDataContext } from '../../data/DataProvider';
import { saveHubSettings, setHostPin } from '../../data/hubSettingsRepo';
import { StorageError } from '../../data/storageErrors';
import { useAppStore } from '../../store/appStore';
import type { HubSettingsPatch } from './hubSettingsDraft';

/** Saving the hub's settings and the host PIN; each reports its outcome as a notice. */
export function useHubSettingsActions() {
  const context = useDataContext();
  const notify = useAppStore((state) => state.notify);
  const { t } = useTranslation();

  /** Returns false when nothing was saved, so the form keeps what was typed. */
  const attempt = async (write: () => Promise<unknown>, savedText: string): Promise<boolean> => {
    try {
      await write();
      notify({ kind: 'success', text: savedText });
      return true;
    } catch (error) {
      notify({ kind: 'error', text: error instanceof StorageError ? t(`errors.${error.key}`) : t('errors.unknown', { message: String(error) }) });
      return false;
    }
  };

  return {
    saveSettings: (patch: Partial<HubSettingsPatch>) => attempt(() => saveHubSettings(context, patch), t('settings.hubSaved')),
    saveHostPin: (pin: string) => attempt(() => setHostPin(context, pin), t('cards.settings.hostPinSaved')),
  };
}
