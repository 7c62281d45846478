import { useAttempt } from '../../app/useActionFeedback';
import { useTranslation } from 'react-i18next';
import { useDataContext } from '../../app/services';
import { saveHubSettings, setHostPin } from '../../data/hubSettingsRepo';
import type { HubSettingsPatch } from './hubSettingsDraft';

/** Saving the hub's settings and the host PIN; each reports its outcome as a notice. */
export function useHubSettingsActions() {
  const context = useDataContext();
  const { t } = useTranslation();

  const attempt = useAttempt();

  return {
    saveSettings: (patch: Partial<HubSettingsPatch>) => attempt(() => saveHubSettings(context, patch), t('settings.hubSaved')),
    saveHostPin: (pin: string) => attempt(() => setHostPin(context, pin), t('cards.settings.hostPinSaved')),
  };
}
