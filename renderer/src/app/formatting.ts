import { format, parseISO } from 'date-fns';
import { dateLocales, intlLocales } from '../i18n/i18n';
import { useUiLanguage } from '../i18n/useUiLanguage';

/** Dates, numbers and language names in the language on screen. */
export function useFormatting() {
  const language = useUiLanguage();
  const locale = intlLocales[language];
  return {
    language,
    date: (iso: string) => format(parseISO(iso), 'PP', { locale: dateLocales[language] }),
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    languageName: (code: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code,
  };
}
