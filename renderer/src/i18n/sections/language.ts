import type { Section } from '../messageTypes';

/** The language picker; each language is named in itself. */
const en = {
  label: 'Language',
  da: 'Dansk',
  de: 'Deutsch',
  en: 'English',
} as const;

export const languageText: Section<typeof en> = {
  en,
  da: {
    label: 'Sprog',
    da: 'Dansk',
    de: 'Deutsch',
    en: 'English',
  },
  de: {
    label: 'Sprache',
    da: 'Dansk',
    de: 'Deutsch',
    en: 'English',
  },
};
