import type { Section } from '../messageTypes';

const en = {
  title: 'kiosk',
} as const;

export const kioskText: Section<typeof en> = {
  en,
  da: { title: 'kiosk' },
  de: { title: 'kiosk' },
};
