import type { Section } from '../messageTypes';

const en = {
  title: 'presence',
} as const;

export const presenceText: Section<typeof en> = {
  en,
  da: { title: 'presence' },
  de: { title: 'presence' },
};
