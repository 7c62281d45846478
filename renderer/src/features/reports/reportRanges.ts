import { addLocalDays, isoWeekdayOf, type LocalDate } from '@core/time/zonedTime';
import type { ReportRange } from '../../data/liveReport';

/** The ranges a host picks with one press, each from the hub's today; both days count. */
export const REPORT_PRESETS = ['thisWeek', 'lastWeek', 'last30', 'thisMonth', 'lastMonth'] as const;
export type ReportPreset = (typeof REPORT_PRESETS)[number];

const firstOfMonth = (date: LocalDate): LocalDate => `${date.slice(0, 8)}01`;
const lastOfMonth = (date: LocalDate): LocalDate => addLocalDays(firstOfMonth(addLocalDays(firstOfMonth(date), 31)), -1);

export function presetRange(preset: ReportPreset, today: LocalDate): ReportRange {
  const monday = addLocalDays(today, 1 - isoWeekdayOf(today));
  switch (preset) {
    case 'thisWeek':
      return { from: monday, to: addLocalDays(monday, 6) };
    case 'lastWeek':
      return { from: addLocalDays(monday, -7), to: addLocalDays(monday, -1) };
    case 'last30':
      return { from: addLocalDays(today, -29), to: today };
    case 'thisMonth':
      return { from: firstOfMonth(today), to: lastOfMonth(today) };
    case 'lastMonth': {
      const previous = addLocalDays(firstOfMonth(today), -1);
      return { from: firstOfMonth(previous), to: previous };
    }
  }
}

/** The preset a range is, if it is one: its button shows as pressed. */
export function presetOf(range: ReportRange, today: LocalDate): ReportPreset | null {
  return REPORT_PRESETS.find((preset) => {
    const candidate = presetRange(preset, today);
    return candidate.from === range.from && candidate.to === range.to;
  }) ?? null;
}
