import { useState } from 'react';
import { bookingPolicyOf, type BookingSeries } from '@core/schemas';
import { zonedDateOf, type LocalDate } from '@core/time/zonedTime';
import { useDataContext } from '../../app/services';
import { useHubSettings } from '../../data/liveQueries';
import { useSeriesEditPlan } from '../../data/seriesEditRepo';
import { validateBookingDraft, type BookingDraft, type BookingDraftErrors } from './bookingDraft';
import { seriesOfDraft, type SeriesDraft, type SeriesDraftErrors } from './seriesDraft';
import { changeDayProblem, editDraftsOf, firstChangeDay, type SeriesEditError } from './seriesEditDraft';

/**
 * The form of a change to a weekly booking: from which day, its times, weekdays and end; what is
 * wrong, shown once the host tried to save or fixed a field; and the change's live plan.
 */
export function useSeriesEdit(series: BookingSeries, occurrence: LocalDate) {
  const settings = useHubSettings();
  const calendar = { policy: bookingPolicyOf(settings), timeZone: settings.timeZone };
  const today = zonedDateOf(useDataContext().now(), settings.timeZone);
  const [drafts, setDrafts] = useState(() => editDraftsOf(series, firstChangeDay(occurrence, today), calendar));
  const [shown, setShown] = useState(false);
  const { booking, rule } = drafts;
  const dayProblem = changeDayProblem(series, booking.date, today);
  // Only the times are the host's to change here; the place and who stay the series'.
  const { to, date } = validateBookingDraft(booking);
  const timeErrors: BookingDraftErrors = to ? { to } : {};
  const result = seriesOfDraft(booking, rule, calendar, series.memberId, series.title);
  const fields = result.ok && !dayProblem && !to && !date ? result.fields : null;
  const ruleErrors: SeriesDraftErrors = result.ok || to ? {} : result.errors;
  return {
    booking,
    rule,
    errors: shown ? { day: dayProblem, times: timeErrors, rule: ruleErrors } : { day: null as SeriesEditError | null, times: {}, rule: {} },
    plan: useSeriesEditPlan(series, fields),
    changeBooking: (patch: Partial<BookingDraft>) => { setDrafts((current) => ({ ...current, booking: { ...current.booking, ...patch } })); },
    changeRule: (patch: Partial<SeriesDraft>) => { setDrafts((current) => ({ ...current, rule: { ...current.rule, ...patch } })); },
    /** On save: the new rule, or null with what is wrong shown. */
    check: () => {
      setShown(true);
      return fields;
    },
  };
}
