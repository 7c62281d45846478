import { format, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, type UiLanguage } from '@core/languages';
import { dateLocales, intlLocales } from '../i18n/i18n';

/** Dates, numbers and language names in the language on screen. */
export function useFormatting() {
  const { i18n } = useTranslation();
  const language: UiLanguage = isUiLanguage(i18n.language) ? i18n.language : 'en';
  const locale = intlLocales[language];
  return {
    language,
    date: (iso: string) => format(parseISO(iso), 'PP', { locale: dateLocales[language] }),
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    languageName: (code: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code,
  };
}
