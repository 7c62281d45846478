import { dayHours, deskPartOf, deskPartSpan, hubInstant, SLOT_MINUTES, type DeskPart } from '@core/bookings/bookingGrid';
import type { BookingPolicy } from '@core/bookings/bookingPolicy';
import type { Booking } from '@core/schemas';
import { zonedDateOf, zonedTimeOf, type LocalDate } from '@core/time/zonedTime';
import type { HostBookingFields } from '../../data/bookingRepo';

/**
 * A booking as the host's form holds it: a day of the hub's calendar and wall-clock times on
 * the hub's clock (rooms), or a part of the day (desks); for a member, or for a group with a name.
 */
export interface BookingDraft {
  resourceKind: 'desk' | 'room';
  resourceId: string;
  date: LocalDate;
  from: string;
  to: string;
  part: DeskPart;
  who: 'member' | 'group';
  memberId: string | null;
  title: string;
  /** A meeting room's booking shown on the kiosk, the wall and the door, by its public title and description. */
  isPublic: boolean;
  publicTitle: string;
  publicDescription: string;
}

export type BookingDraftError = 'resourceMissing' | 'dateMissing' | 'endBeforeStart' | 'memberMissing' | 'groupNameMissing' | 'titleTooLong'
  | 'publicTitleMissing' | 'publicTitleTooLong' | 'publicDescriptionTooLong';
export type BookingDraftErrors = Partial<Record<'resourceId' | 'date' | 'to' | 'memberId' | 'title' | 'publicTitle' | 'publicDescription', BookingDraftError>>;

const TITLE_MAX = 120;
const PUBLIC_TITLE_MAX = 80;
const PUBLIC_DESCRIPTION_MAX = 300;

type Calendar = { policy: Pick<BookingPolicy, 'openingHours' | 'closedDates'>; timeZone: string };

/** Every quarter hour of a day, "00:00" to "24:00", for the room form's time pickers. */
export const quarterHours: readonly string[] = Array.from({ length: (24 * 60) / SLOT_MINUTES + 1 }, (_, index) => {
  const minutes = index * SLOT_MINUTES;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
});

export function newBookingDraft(resourceKind: BookingDraft['resourceKind'], resourceId: string, date: LocalDate, from: string, to: string, part: DeskPart): BookingDraft {
  return { resourceKind, resourceId, date, from, to, part, who: 'member', memberId: null, title: '', isPublic: false, publicTitle: '', publicDescription: '' };
}

const hubClock = (iso: string, timeZone: string) => zonedTimeOf(new Date(iso), timeZone);

/** The form of a booking that exists. A desk booking of no standard part is shown as the whole day it lies in. */
export function draftOfBooking(booking: Booking, calendar: Calendar): BookingDraft {
  const date = zonedDateOf(new Date(booking.startsAt), calendar.timeZone);
  const endsNextDay = zonedDateOf(new Date(booking.endsAt), calendar.timeZone) !== date;
  const part = deskPartOf(booking, dayHours(date, calendar.policy), calendar.timeZone) ?? 'day';
  return {
    resourceKind: booking.resourceKind, resourceId: booking.resourceId, date,
    from: hubClock(booking.startsAt, calendar.timeZone), to: endsNextDay ? '24:00' : hubClock(booking.endsAt, calendar.timeZone),
    part, who: booking.memberId === null ? 'group' : 'member', memberId: booking.memberId, title: booking.title,
    isPublic: Boolean(booking.publicEvent), publicTitle: booking.publicEvent?.title ?? '', publicDescription: booking.publicEvent?.description ?? '',
  };
}

/** Only a meeting room's booking can be a public event; a desk form keeps whatever was ticked, unused. */
const isPublicRoomBooking = (draft: BookingDraft) => draft.resourceKind === 'room' && draft.isPublic;

export function validateBookingDraft(draft: BookingDraft): BookingDraftErrors {
  const errors: BookingDraftErrors = {};
  if (draft.resourceId === '') errors.resourceId = 'resourceMissing';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) errors.date = 'dateMissing';
  if (draft.resourceKind === 'room' && draft.to <= draft.from) errors.to = 'endBeforeStart';
  if (draft.who === 'member' && draft.memberId === null) errors.memberId = 'memberMissing';
  if (draft.who === 'group' && draft.title.trim() === '') errors.title = 'groupNameMissing';
  if (draft.title.trim().length > TITLE_MAX) errors.title = 'titleTooLong';
  if (isPublicRoomBooking(draft)) {
    if (draft.publicTitle.trim() === '') errors.publicTitle = 'publicTitleMissing';
    else if (draft.publicTitle.trim().length > PUBLIC_TITLE_MAX) errors.publicTitle = 'publicTitleTooLong';
    if (draft.publicDescription.trim().length > PUBLIC_DESCRIPTION_MAX) errors.publicDescription = 'publicDescriptionTooLong';
  }
  return errors;
}

/** The booking's fields on the hub's clock, from a draft that passed validation. */
export function fieldsOfDraft(draft: BookingDraft, calendar: Calendar): HostBookingFields {
  const span = draft.resourceKind === 'desk'
    ? deskPartSpan(draft.date, draft.part, dayHours(draft.date, calendar.policy), calendar.timeZone)
    : { startsAt: hubInstant(draft.date, draft.from, calendar.timeZone).toISOString(), endsAt: hubInstant(draft.date, draft.to, calendar.timeZone).toISOString() };
  return {
    resourceKind: draft.resourceKind, resourceId: draft.resourceId,
    memberId: draft.who === 'member' ? draft.memberId : null,
    title: draft.title.trim(),
    publicEvent: isPublicRoomBooking(draft) ? { title: draft.publicTitle.trim(), description: draft.publicDescription.trim() } : null,
    ...span,
  };
}
