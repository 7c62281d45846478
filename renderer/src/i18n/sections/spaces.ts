import type { Section } from '../messageTypes';

/** The host's Spaces screen: floors, zones, desks and meeting rooms. */
const en = {
  title: 'Desks and rooms',
} as const;

export const spacesText: Section<typeof en> = {
  en,
  da: {
    title: 'Pladser og lokaler',
  },
  de: {
    title: 'Plätze und Räume',
  },
};
