import type { Section } from '../messageTypes';

const en = {
  title: 'scanner',
} as const;

export const scannerText: Section<typeof en> = {
  en,
  da: { title: 'scanner' },
  de: { title: 'scanner' },
};
