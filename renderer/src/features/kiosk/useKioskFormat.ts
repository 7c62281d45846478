import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocales } from '../../i18n/i18n';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { durationParts } from './kioskRules';

/** Times and durations in the language on screen: "14:05", "3 h 25 min". */
export function useKioskFormat() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return useMemo(() => {
    const locale = intlLocales[language];
    const clock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long' });
    const shortDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    return {
      time: (at: string | Date) => clock.format(typeof at === 'string' ? new Date(at) : at),
      day: (at: Date) => day.format(at),
      date: (at: string | Date) => shortDate.format(typeof at === 'string' ? new Date(at) : at),
      duration: (ms: number) => {
        const { hours, minutes } = durationParts(ms);
        return hours > 0 ? t('kiosk.confirm.hoursMinutes', { hours, minutes }) : t('kiosk.confirm.minutes', { minutes });
      },
    };
  }, [language, t]);
}
