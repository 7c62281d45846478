import { useLiveQuery } from 'dexie-react-hooks';
import type { UsageReport } from '@core/reports/usageReport';
import type { LocalDate } from '@core/time/zonedTime';
import { useDataContext } from '../app/services';
import { readUsageReport } from './reportRepo';

export interface ReportRange { from: LocalDate; to: LocalDate }

/** The answer for one range: its report, or null where it could not be made. */
export interface LiveReport { range: ReportRange; report: UsageReport | null }

/**
 * The usage report of a range, read live: a booking made at the kiosk or pulled from the hub
 * changes the numbers on screen by itself. Undefined until the first answer; null range, no query.
 */
export function useLiveUsageReport(range: ReportRange | null): LiveReport | undefined {
  const context = useDataContext();
  return useLiveQuery(
    async () => {
      if (!range) return undefined;
      try {
        return { range, report: await readUsageReport(context, range) };
      } catch {
        return { range, report: null };
      }
    },
    [context, range],
  );
}
