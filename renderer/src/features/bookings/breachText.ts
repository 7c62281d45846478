import type { TFunction } from 'i18next';
import type { BookingBreach } from '@core/bookings/bookingPolicy';
import type { Booking } from '@core/schemas';
import type { Formatters } from '../../app/formatting';

/**
 * Why a booking may not be made, in the reader's language: the one wording for every screen
 * that checks a booking (the host's timeline, the door) and for the hub's rejections.
 */
export function breachText(t: TFunction, format: Pick<Formatters, 'duration' | 'localDate'>, breach: BookingBreach): string {
  switch (breach.code) {
    case 'hubClosed':
      return t('bookings.breach.hubClosed', { date: format.localDate(breach.date) });
    case 'outsideOpeningHours':
      return t('bookings.breach.outsideOpeningHours', { opens: breach.opens, closes: breach.closes });
    case 'bookingTooFarAhead':
      return t('bookings.breach.bookingTooFarAhead', { count: breach.days });
    case 'bookingTooLong':
      return t('bookings.breach.bookingTooLong', {
        duration: breach.minutes % 60 === 0 ? t('bookings.hours', { count: breach.minutes / 60 }) : format.duration(breach.minutes * 60_000),
      });
    case 'tooManyBookings':
      return t('bookings.breach.tooManyBookings', { count: breach.max });
    case 'bookingConflict':
      return t('bookings.breach.bookingConflict');
    default:
      return t(`bookings.breach.${breach.code}`);
  }
}

/** Who a booking is for, as a block or a message names it: the member, the group's name, or that none was given. */
export function bookingWho(t: TFunction, booking: Pick<Booking, 'memberId' | 'title'>, memberName: (memberId: string) => string | undefined): string {
  if (booking.memberId) return memberName(booking.memberId) ?? t('bookings.formerMember');
  return booking.title || t('bookings.noName');
}

/** "Already booked from 10:00 to 11:00: Søren Hansen." */
export function heldByText(t: TFunction, format: Pick<Formatters, 'timeOfDay'>, holder: Pick<Booking, 'startsAt' | 'endsAt'>, who: string): string {
  return t('bookings.breach.bookingConflictWith', { from: format.timeOfDay(holder.startsAt), to: format.timeOfDay(holder.endsAt), who });
}
