import { useState } from 'react';
import type { UsageReport } from '@core/reports/usageReport';
import { zonedDateOf } from '@core/time/zonedTime';
import { useDataContext } from '../../app/services';
import { rangeProblem, type RangeProblem } from '../../data/bookingExport';
import { useHubTimeZone } from '../../data/liveQueries';
import { useLiveUsageReport } from '../../data/liveReport';
import type { ReportRange } from '../../data/liveReport';
import { presetOf, presetRange, type ReportPreset } from './reportRanges';

export type ReportState =
  | { kind: 'invalid'; problem: RangeProblem }
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'ready'; report: UsageReport };

/** The range the host chose (the last 30 days to begin with) and its usage report. */
export function useUsageReport() {
  const today = zonedDateOf(useDataContext().now(), useHubTimeZone());
  const [range, setRange] = useState<ReportRange>(() => presetRange('last30', today));
  const problem = rangeProblem(range.from, range.to);
  const outcome = useLiveUsageReport(problem ? null : range);
  // The last answer stays until the next arrives: never show one range's numbers under another's dates.
  const current = outcome?.range === range ? outcome : null;
  const state: ReportState = problem ? { kind: 'invalid', problem }
    : !current ? { kind: 'loading' }
      : current.report ? { kind: 'ready', report: current.report } : { kind: 'failed' };
  return {
    range,
    state,
    preset: presetOf(range, today),
    choosePreset: (preset: ReportPreset) => { setRange(presetRange(preset, today)); },
    chooseDays: (next: Partial<ReportRange>) => { setRange((current) => ({ ...current, ...next })); },
  };
}
