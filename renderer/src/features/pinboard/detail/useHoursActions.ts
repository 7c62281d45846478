import { useTranslation } from 'react-i18next';
import type { HoursEntry, HoursPerson } from '@core/projects/hours';
import { useFormatting } from '../../../app/formatting';
import { useDataContext } from '../../../app/services';
import { approveHours, logHours } from '../../../data/projects/hoursRepo';
import { actingMemberId, type PinboardActor } from '../actor';
import { useRunOutcome } from './useRunOutcome';

/** Logging hours (for one person or several at once) and approving them, one or in bulk; each says how many. */
export function useHoursActions(actor: PinboardActor) {
  const context = useDataContext();
  const { t } = useTranslation();
  const format = useFormatting();
  const run = useRunOutcome();
  return {
    /** A host may log them approved at once; otherwise they wait for a host. Resolves false when nothing was logged. */
    log: (people: readonly HoursPerson[], entry: HoursEntry, approveNow: boolean) =>
      run(() => logHours(context, people, entry, approveNow ? actingMemberId(actor) : undefined), (outcome) => (outcome.kind === 'nobody'
        ? { kind: 'error', text: t('projectDetail.hours.nobody') }
        : { kind: 'success', text: t(approveNow ? 'projectDetail.hours.loggedApproved' : 'projectDetail.hours.loggedPending', { count: outcome.ids.length, hours: format.hours(entry.hours), day: format.localDateLong(entry.on) }) })),
    /** Approves those still pending among `ids`; says how many it approved (another desk may have been first). */
    approve: (ids: readonly string[]) =>
      run(() => approveHours(context, ids, actingMemberId(actor)), (count) => (count > 0
        ? { kind: 'success', text: t('projectDetail.hours.approvedCount', { count }) }
        : { kind: 'info', text: t('projectDetail.hours.nothingToApprove') })),
  };
}
