import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '@core/languages';
import { dateLocales } from '../../i18n/i18n';

/** "08:42" as people write the time of day in the language on screen. */
export function useClockTime(): (when: Date | string) => string {
  const { i18n } = useTranslation();
  const locale = dateLocales[isUiLanguage(i18n.language) ? i18n.language : 'en'];
  return (when) => format(typeof when === 'string' ? new Date(when) : when, 'p', { locale });
}
