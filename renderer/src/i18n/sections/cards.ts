import type { Section } from '../messageTypes';

const en = {
  title: 'cards',
} as const;

export const cardsText: Section<typeof en> = {
  en,
  da: { title: 'cards' },
  de: { title: 'cards' },
};
