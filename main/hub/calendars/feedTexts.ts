import type { UiLanguage } from '@core/languages';

/**
 * The few words a calendar feed carries, in the hub's default language (a calendar app asks
 * in no language). The renderer's texts live in renderer/src/i18n; the hub has only these.
 */
export interface FeedTexts {
  /** A room's feed names no booker and no private title. */
  roomBooked: string;
  /** A member's own feed names the desk: "Desk A3". */
  desk: (code: string) => string;
  roomCalendar: (room: string) => string;
  memberCalendar: (hub: string) => string;
}

export const feedTexts: Record<UiLanguage, FeedTexts> = {
  da: {
    roomBooked: 'Optaget',
    desk: (code) => `Skrivebord ${code}`,
    roomCalendar: (room) => `${room} – bookinger`,
    memberCalendar: (hub) => `Mine bookinger i ${hub}`,
  },
  de: {
    roomBooked: 'Belegt',
    desk: (code) => `Schreibtisch ${code}`,
    roomCalendar: (room) => `${room} – Buchungen`,
    memberCalendar: (hub) => `Meine Buchungen im ${hub}`,
  },
  en: {
    roomBooked: 'Booked',
    desk: (code) => `Desk ${code}`,
    roomCalendar: (room) => `${room} – bookings`,
    memberCalendar: (hub) => `My bookings at ${hub}`,
  },
};
