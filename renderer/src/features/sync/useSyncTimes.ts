import { format, isSameDay, parseISO } from 'date-fns';
import { useDataContext } from '../../data/DataProvider';
import { dateLocales, intlLocales } from '../../i18n/i18n';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { relativeTime } from './syncFormat';

/** Times around the hub connection, in the language on screen. */
export function useSyncTimes() {
  const { now } = useDataContext();
  const language = useUiLanguage();
  const locale = dateLocales[language];
  /** "10:42" today, with the date on any other day: enough to know how long it has been. */
  const clockTime = (iso: string) => {
    const time = parseISO(iso);
    return format(time, isSameDay(time, now()) ? 'p' : 'PP p', { locale });
  };
  const relative = (iso: string) => {
    const { value, unit } = relativeTime(iso, now());
    return new Intl.RelativeTimeFormat(intlLocales[language], { numeric: 'auto' }).format(value, unit);
  };
  return { clockTime, relative, dateTime: (iso: string) => format(parseISO(iso), 'PP p', { locale }) };
}
