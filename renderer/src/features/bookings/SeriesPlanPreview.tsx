import { useTranslation } from 'react-i18next';
import type { LocalDate } from '@core/time/zonedTime';
import { useFormatting } from '../../app/formatting';
import { useMembersByIds } from '../../data/liveQueries';
import type { SeriesConflict, SeriesPlanView } from '../../data/seriesRepo';
import { bookingWho, heldByText } from './breachText';

const TAKEN_SHOWN = 4;

/**
 * How many dates a series (new or changed) has, which stay cancelled and which another booking
 * holds, live as the host types; nothing while the rule is not whole.
 */
export function SeriesPlanPreview({ plan }: { plan: (SeriesPlanView & { keptOut?: readonly LocalDate[] }) | null | undefined }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const holderIds = (plan?.conflicts ?? []).flatMap(({ holder }) => {
    const memberId = holder.kind === 'booking' ? holder.booking.memberId : holder.series.memberId;
    return memberId ? [memberId] : [];
  });
  const holders = useMembersByIds(holderIds);
  const whoOf = (holder: { memberId: string | null; title: string }) => bookingWho(t, holder, (id) => holders?.find((member) => member.id === id)?.name);
  if (!plan) return <p className="booking-series-plan" role="status" />;
  const held = (conflict: SeriesConflict) => {
    const holder = conflict.holder.kind === 'booking' ? conflict.holder.booking : { ...conflict.holder.series, startsAt: conflict.occurrence.startsAt, endsAt: conflict.occurrence.endsAt };
    return t('bookings.series.takenBy', { day: format.localDate(conflict.occurrence.date), held: heldByText(t, format, holder, whoOf(holder)) });
  };
  return (
    <div className="booking-series-plan" role="status">
      <p>
        {t('bookings.series.planCount', { count: plan.dates })}{' '}
        {plan.bookable.length === 0 ? t('bookings.series.planNoneFree') : plan.conflicts.length === 0 ? t('bookings.series.planAllFree') : t('bookings.series.planTaken', { count: plan.conflicts.length })}
      </p>
      {plan.conflicts.length > 0 && plan.bookable.length > 0 && (
        <ul>
          {plan.conflicts.slice(0, TAKEN_SHOWN).map((conflict) => <li key={conflict.occurrence.date}>{held(conflict)}</li>)}
          {plan.conflicts.length > TAKEN_SHOWN && <li>{t('bookings.series.moreTaken', { count: plan.conflicts.length - TAKEN_SHOWN })}</li>}
        </ul>
      )}
      {plan.keptOut && plan.keptOut.length > 0 && (
        <p>{t('seriesEdit.keptOut', { count: plan.keptOut.length, dates: format.list(plan.keptOut.map((date) => format.localDate(date))) })}</p>
      )}
    </div>
  );
}
