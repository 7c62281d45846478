import { useTranslation } from 'react-i18next';
import type { LocalDate } from '@core/time/zonedTime';
import { useFormatting } from '../../app/formatting';
import { useDataContext } from '../../app/services';
import { useReportError } from '../../app/useActionFeedback';
import { cancelMemberAway, undoMemberAway } from '../../data/memberAwayRepo';
import { useAppStore } from '../../store/appStore';

/** Cancelling a member's bookings for some days in one step, told as a notice with undo. */
export function useMemberAway() {
  const context = useDataContext();
  const notify = useAppStore((state) => state.notify);
  const reportError = useReportError();
  const { t } = useTranslation();
  const format = useFormatting();

  const undo = async (done: Awaited<ReturnType<typeof cancelMemberAway>>) => {
    try {
      const { notRestored } = await undoMemberAway(context, done);
      if (notRestored > 0) notify({ kind: 'attention', text: t('bookings.away.undoPartly', { count: notRestored }) });
    } catch (error) {
      reportError(error);
    }
  };

  return async (memberId: string, name: string, from: LocalDate, to: LocalDate): Promise<boolean> => {
    try {
      const done = await cancelMemberAway(context, memberId, from, to);
      const count = done.bookingIds.length + done.exceptionIds.length;
      notify({ kind: 'success', text: t('bookings.away.done', { count, name, from: format.localDate(from), to: format.localDate(to) }), undo: () => { void undo(done); } });
      return true;
    } catch (error) {
      reportError(error);
      return false;
    }
  };
}
