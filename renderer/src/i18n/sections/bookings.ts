import type { Section } from '../messageTypes';

/** The host's bookings: the rooms' day and the desks' week. */
const en = {
  title: 'Bookings',
} as const;

export const bookingsText: Section<typeof en> = {
  en,
  da: {
    title: 'Bookinger',
  },
  de: {
    title: 'Buchungen',
  },
};
