import { useTranslation } from 'react-i18next';
import { defaultBookingPolicy, type BookingPolicy } from '@core/bookings/bookingPolicy';
import { useDataContext } from '../../app/services';
import { useAttempt, useReportError } from '../../app/useActionFeedback';
import { saveHubSettings } from '../../data/hubSettingsRepo';
import { useAppStore } from '../../store/appStore';

/** Saving the hub's booking policy, and setting it back to the defaults with undo; each told as a notice. */
export function useBookingRulesActions() {
  const context = useDataContext();
  const notify = useAppStore((state) => state.notify);
  const attempt = useAttempt();
  const reportError = useReportError();
  const { t } = useTranslation();
  const write = (policy: BookingPolicy) => saveHubSettings(context, { bookingPolicy: policy });

  /** Resolves false when nothing was saved (a notice said why). Undo puts `previous` back, then calls `onUndone`. */
  const resetPolicy = async (previous: BookingPolicy, onUndone: () => void): Promise<boolean> => {
    try {
      await write(defaultBookingPolicy);
    } catch (error) {
      reportError(error);
      return false;
    }
    const undo = () => {
      void attempt(() => write(previous), t('bookingRules.restored')).then((restored) => { if (restored) onUndone(); });
    };
    notify({ kind: 'success', text: t('bookingRules.resetDone'), undo });
    return true;
  };

  return {
    savePolicy: (policy: BookingPolicy) => attempt(() => write(policy), t('bookingRules.saved')),
    resetPolicy,
  };
}
