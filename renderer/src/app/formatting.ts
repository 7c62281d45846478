import { useMemo } from 'react';
import { format, isSameDay, parseISO } from 'date-fns';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { UiLanguage } from '@core/languages';
import { zonedDateOf, zonedTimeOf, type LocalDate } from '@core/time/zonedTime';
import { useHubTimeZone } from '../data/liveQueries';
import { useDataContext } from './services';
import { durationParts } from '../features/kiosk/durationParts';
import { dateLocales, intlLocales } from '../i18n/i18n';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { relativeTime } from '../features/sync/syncFormat';

type When = Date | string;
const toDate = (when: When) => (typeof when === 'string' ? new Date(when) : when);

/**
 * Every date, time, number and language name the app shows, in one language. Each format has
 * one name and one way of writing it. The kiosk's clock and dates come from Intl, the rest from
 * date-fns: in Danish the kiosk writes "14.05" and lists "14:05", in German the kiosk's date is
 * "30.11.2026" and the others "30. Nov. 2026"; they stay apart so no screen's text changes.
 */
export function formattersFor(language: UiLanguage, t: TFunction, now: () => Date, timeZone: string) {
  const dateLocale = { locale: dateLocales[language] };
  const locale = intlLocales[language];
  // Every time and date is the hub's, whatever zone this machine's clock is set to.
  const kioskClock = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone });
  const kioskDay = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone });
  const kioskDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  /** The hub's wall clock as a Date whose local fields show it, for date-fns to write. */
  const onHubClock = (when: When) => {
    const instant = toDate(when);
    const [year = 0, month = 1, day = 1] = zonedDateOf(instant, timeZone).split('-').map(Number);
    const [hours = 0, minutes = 0] = zonedTimeOf(instant, timeZone).split(':').map(Number);
    return new Date(year, month - 1, day, hours, minutes, instant.getUTCSeconds());
  };
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const hoursFormat = new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 });
  // A calendar day of the hub ("2026-12-01") is the same day everywhere: read it at noon UTC.
  const localDay = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const localDayShort = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
  const localDayLong = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  // 1 January 2024 was a Monday: day n of that week is ISO weekday n.
  const weekdayName = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const noonOf = (date: LocalDate) => new Date(`${date}T12:00:00Z`);
  return {
    language,
    compareText: compareTextFor(language),
    /** "30 Nov 2026". */
    date: (iso: string) => format(onHubClock(parseISO(iso)), 'PP', dateLocale),
    /** "30 Nov 2026 10:42". */
    dateTime: (iso: string) => format(onHubClock(parseISO(iso)), 'PP p', dateLocale),
    /** "08:42": when someone came or left. */
    timeOfDay: (when: When) => format(onHubClock(when), 'p', dateLocale),
    /** "10:42" today, with the date on any other day: enough to know how long it has been. */
    timeOrDateTime: (iso: string) => {
      const time = onHubClock(parseISO(iso));
      return format(time, isSameDay(time, onHubClock(now())) ? 'p' : 'PP p', dateLocale);
    },
    /** "3 minutes ago", "yesterday". */
    relative: (iso: string) => {
      const { value, unit } = relativeTime(iso, now());
      return relative.format(value, unit);
    },
    /** The kiosk's clock and times: "14:05". */
    kioskTime: (when: When) => kioskClock.format(toDate(when)),
    /** The kiosk's day: "Monday 30 November". */
    kioskDay: (when: Date) => kioskDay.format(when),
    /** The kiosk's dates: "30 Nov 2026". */
    kioskDate: (when: When) => kioskDate.format(toDate(when)),
    /** A visit's length: "3 h 25 min", "12 min". */
    duration: (ms: number) => {
      const { hours, minutes } = durationParts(ms);
      return hours > 0 ? t('kiosk.confirm.hoursMinutes', { hours, minutes }) : t('kiosk.confirm.minutes', { minutes });
    },
    /** A day of the hub's calendar: "Tue 1 Dec". */
    localDate: (date: LocalDate) => localDay.format(noonOf(date)),
    /** A day in a week's column head: "Tue 1". */
    localDateShort: (date: LocalDate) => localDayShort.format(noonOf(date)),
    /** A day as a heading: "Tuesday 1 December 2026". */
    localDateLong: (date: LocalDate) => localDayLong.format(noonOf(date)),
    /** An ISO weekday (1 = Monday) by name: "Tuesday", "tirsdag". */
    weekday: (isoWeekday: number) => weekdayName.format(noonOf(`2024-01-0${String(isoWeekday)}`)),
    number: (value: number) => new Intl.NumberFormat(locale).format(value),
    /** The sign a typed amount uses for its decimals: "1,5" in Danish and German, "1.5" in English. */
    decimalSign: decimalSignOf(locale),
    /** Money in the hub's currency: "1.250,00 kr.", "45,00 €". */
    money: (amount: number, currency: 'DKK' | 'EUR') => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount),
    /** A share of 0..1 as "42 %" / "42%", whole percents (the language's own spacing). */
    percent: (share: number) => percentFormat.format(share),
    /** Hours: "12.5 hr", "12,5 t", "12,5 Std.". */
    hours: (value: number) => hoursFormat.format(value),
    /** "1 zone, 2 desks and 1 room", with the language's own "and". */
    list: (items: readonly string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
    languageName: (code: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code,
  };
}
export type Formatters = ReturnType<typeof formattersFor>;

function decimalSignOf(locale: string): ',' | '.' {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value === ',' ? ',' : '.';
}

/** Compares two texts for a list on screen. */
export type CompareText = (a: string, b: string) => number;

/**
 * Every list sorted for people to read goes through this, in the language on screen: Danish
 * puts Æ, Ø, Å after Z, German files Ä with A. Ids and ISO timestamps sort as plain text instead.
 */
export function compareTextFor(language: UiLanguage): CompareText {
  // `compare` is a bound getter: it can be handed around on its own.
  return new Intl.Collator(intlLocales[language]).compare;
}

/** The formatters for the language on screen. */
export function useFormatting(): Formatters {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { now } = useDataContext();
  const timeZone = useHubTimeZone();
  return useMemo(() => formattersFor(language, t, now, timeZone), [language, t, now, timeZone]);
}
