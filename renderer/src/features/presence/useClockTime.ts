import { format } from 'date-fns';
import { dateLocales } from '../../i18n/i18n';
import { useUiLanguage } from '../../i18n/useUiLanguage';

/** "08:42" as people write the time of day in the language on screen. */
export function useClockTime(): (when: Date | string) => string {
  const locale = dateLocales[useUiLanguage()];
  return (when) => format(typeof when === 'string' ? new Date(when) : when, 'p', { locale });
}
