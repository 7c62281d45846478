import type { Section } from '../messageTypes';

/** The host's Bookings screen, and why a booking may not be made (said wherever one is refused). */
const en = {
  title: 'Bookings',
  hours_one: '{{count}} hour',
  hours_other: '{{count}} hours',
  /** Why a booking may not be made: the booking rules of core/bookings/bookingPolicy.ts. */
  breach: {
    bookingEndsBeforeStart: 'A booking must end after it starts.',
    bookingInPast: 'This time has already passed.',
    bookingSpansDays: 'A booking must start and end on the same day.',
    hubClosed: 'The hub is closed on {{date}}.',
    outsideOpeningHours: 'The hub is open from {{opens}} to {{closes}} that day.',
    bookingTooFarAhead_one: 'Members may book at most {{count}} day ahead.',
    bookingTooFarAhead_other: 'Members may book at most {{count}} days ahead.',
    bookingTooLong: 'A meeting room may be booked for at most {{duration}}.',
    tooManyBookings_one: 'A member may hold {{count}} booking at a time.',
    tooManyBookings_other: 'A member may hold {{count}} bookings at a time.',
    roomForHostsOnly: 'Only hosts may book this room.',
    deskNotOpenToWalkIns: 'This desk cannot be taken at the kiosk: it is a member’s own desk, or out of service.',
    bookingConflict: 'This time is already booked.',
    bookingConflictWith: 'Already booked from {{from}} to {{to}}: {{who}}.',
  },
};

const da: Section<typeof en>['da'] = {
  title: 'Bookinger',
  hours_one: '{{count}} time',
  hours_other: '{{count}} timer',
  breach: {
    bookingEndsBeforeStart: 'En booking skal slutte, efter den begynder.',
    bookingInPast: 'Det tidspunkt er allerede gået.',
    bookingSpansDays: 'En booking skal begynde og slutte samme dag.',
    hubClosed: 'Hubben er lukket {{date}}.',
    outsideOpeningHours: 'Hubben har åbent fra {{opens}} til {{closes}} den dag.',
    bookingTooFarAhead_one: 'Medlemmer kan højst booke {{count}} dag frem.',
    bookingTooFarAhead_other: 'Medlemmer kan højst booke {{count}} dage frem.',
    bookingTooLong: 'Et mødelokale kan højst bookes i {{duration}}.',
    tooManyBookings_one: 'Et medlem kan have {{count}} booking ad gangen.',
    tooManyBookings_other: 'Et medlem kan have {{count}} bookinger ad gangen.',
    roomForHostsOnly: 'Kun værter kan booke dette lokale.',
    deskNotOpenToWalkIns: 'Denne plads kan ikke tages ved kiosken: den er et medlems faste plads eller ude af drift.',
    bookingConflict: 'Tidspunktet er allerede booket.',
    bookingConflictWith: 'Allerede booket fra {{from}} til {{to}}: {{who}}.',
  },
};

const de: Section<typeof en>['de'] = {
  title: 'Buchungen',
  hours_one: '{{count}} Stunde',
  hours_other: '{{count}} Stunden',
  breach: {
    bookingEndsBeforeStart: 'Eine Buchung muss nach ihrem Beginn enden.',
    bookingInPast: 'Diese Zeit ist schon vorbei.',
    bookingSpansDays: 'Eine Buchung muss am selben Tag beginnen und enden.',
    hubClosed: 'Der Hub ist am {{date}} geschlossen.',
    outsideOpeningHours: 'Der Hub ist an diesem Tag von {{opens}} bis {{closes}} geöffnet.',
    bookingTooFarAhead_one: 'Mitglieder können höchstens {{count}} Tag im Voraus buchen.',
    bookingTooFarAhead_other: 'Mitglieder können höchstens {{count}} Tage im Voraus buchen.',
    bookingTooLong: 'Ein Besprechungsraum kann höchstens {{duration}} lang gebucht werden.',
    tooManyBookings_one: 'Ein Mitglied kann {{count}} Buchung zugleich haben.',
    tooManyBookings_other: 'Ein Mitglied kann {{count}} Buchungen zugleich haben.',
    roomForHostsOnly: 'Nur Gastgeber können diesen Raum buchen.',
    deskNotOpenToWalkIns: 'Dieser Platz kann nicht am Kiosk genommen werden: Er ist der feste Platz eines Mitglieds oder außer Betrieb.',
    bookingConflict: 'Diese Zeit ist schon gebucht.',
    bookingConflictWith: 'Schon gebucht von {{from}} bis {{to}}: {{who}}.',
  },
};

export const bookingsText: Section<typeof en> = { en, da, de };
