import type { Section } from '../messageTypes';

/** The main navigation. */
const en = {
  board: 'Who can do what',
  projects: 'Projects',
  today: 'Today',
  bookings: 'Bookings',
  spaces: 'Spaces',
  members: 'Members',
  reports: 'Reports',
  settings: 'Settings',
} as const;

export const navText: Section<typeof en> = {
  en,
  da: {
    board: 'Hvem kan hvad',
    projects: 'Projekter',
    today: 'I dag',
    bookings: 'Bookinger',
    spaces: 'Lokaler',
    members: 'Medlemmer',
    reports: 'Rapporter',
    settings: 'Indstillinger',
  },
  de: {
    board: 'Wer kann was',
    projects: 'Projekte',
    today: 'Heute',
    bookings: 'Buchungen',
    spaces: 'Räume',
    members: 'Mitglieder',
    reports: 'Berichte',
    settings: 'Einstellungen',
  },
};
