import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { da as dateDa, de as dateDe, enGB as dateEn, type Locale } from 'date-fns/locale';
import type { UiLanguage } from '@core/languages';
import { da } from './da';
import { de } from './de';
import { en } from './en';

export const messagesByLanguage = { da, de, en } as const;

export const dateLocales: Record<UiLanguage, Locale> = { da: dateDa, de: dateDe, en: dateEn };

/** BCP 47 tags for Intl formatting: numbers, plurals and language names per language. */
export const intlLocales: Record<UiLanguage, string> = { da: 'da-DK', de: 'de-DE', en: 'en-GB' };

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    supportedLngs: ['da', 'de', 'en'],
    resources: {
      da: { translation: da },
      de: { translation: de },
      en: { translation: en },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
