import { useState } from 'react';
import { bookingPolicyOf } from '@core/schemas';
import { useHubSettings } from '../../data/liveQueries';
import { validateBookingDraft, type BookingDraft } from './bookingDraft';
import { newSeriesDraft, seriesOfDraft, type SeriesDraft, type SeriesDraftErrors } from './seriesDraft';

/** The "repeat every week" part of a new booking's form: its state, its errors, and the series it makes. */
export function useSeriesDraft(booking: BookingDraft) {
  const settings = useHubSettings();
  const [draft, setDraft] = useState<SeriesDraft>(() => newSeriesDraft(booking.date));
  const [errors, setErrors] = useState<SeriesDraftErrors>({});
  const calendar = { policy: bookingPolicyOf(settings), timeZone: settings.timeZone };
  const memberId = booking.who === 'member' ? booking.memberId : null;
  const result = seriesOfDraft(booking, draft, calendar, memberId, booking.title.trim());
  const bookingWhole = Object.keys(validateBookingDraft({ ...booking, memberId: memberId ?? 'unchosen', title: booking.title || 'unnamed', publicTitle: booking.publicTitle || 'unnamed' })).length === 0;
  return {
    draft,
    errors,
    /** The series as typed, once it and the booking's place and times are whole (for the live plan). */
    fields: draft.repeat && result.ok && bookingWhole ? result.fields : null,
    update: (patch: Partial<SeriesDraft>) => {
      const next = { ...draft, ...patch };
      setDraft(next);
      const checked = seriesOfDraft(booking, next, calendar, memberId, booking.title.trim());
      setErrors((shown) => (checked.ok ? {} : Object.fromEntries(Object.entries(checked.errors).filter(([field]) => field in shown))));
    },
    /** On submit: the series to make, or null when a field is wrong (then marked). */
    check: () => {
      setErrors(result.ok ? {} : result.errors);
      return result.ok ? result.fields : null;
    },
  };
}
