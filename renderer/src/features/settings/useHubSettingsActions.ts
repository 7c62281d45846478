import { useTranslation } from 'react-i18next';
import { useDataContext } from '../../data/DataProvider';
import { saveHubSettings } from '../../data/hubSettingsRepo';
import { StorageError } from '../../data/storageErrors';
import { useAppStore } from '../../store/appStore';

export function useHubSettingsActions() {
  const context = useDataContext();
  const notify = useAppStore((state) => state.notify);
  const { t } = useTranslation();
  return {
    saveName: async (name: string): Promise<boolean> => {
      try {
        await saveHubSettings(context, { name });
        notify({ kind: 'success', text: t('settings.hubSaved') });
        return true;
      } catch (error) {
        notify({ kind: 'error', text: error instanceof StorageError ? t(`errors.${error.key}`) : t('errors.unknown', { message: String(error) }) });
        return false;
      }
    },
  };
}
