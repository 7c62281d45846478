import type { Section } from '../messageTypes';

/** The project pinboard: the cards, their filters, pinning and a project's head. */
const en = {
  title: 'Projects',
} as const;

export const pinboardText: Section<typeof en> = {
  en,
  da: { title: 'Projekter' },
  de: { title: 'Projekte' },
};
