import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '@core/schemas';
import { addLocalDays, zonedDateOf, type LocalDate } from '@core/time/zonedTime';
import { useFormatting } from '../../../app/formatting';
import { useDataContext } from '../../../app/services';
import { exportBookingsCsv, exportChunks, rangeProblem, type ExportKind, type ExportLabels } from '../../../data/bookingExport';
import { useHubTimeZone } from '../../../data/liveQueries';
import { csvSeparatorFor } from '../../../data/spreadsheetCsv';
import { intlLocales } from '../../../i18n/i18n';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { downloadFile } from '../../../app/downloadFile';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'saved'; file: string; rows: number }
  | { kind: 'cancelled' }
  | { kind: 'problem'; text: string };

const BOOKING_COLUMNS = ['date', 'start', 'end', 'kind', 'place', 'who', 'title', 'status', 'publicEvent'] as const;
const OCCUPANCY_COLUMNS = ['place', 'day', 'hours', 'count'] as const;

/** This month on the hub's calendar: its first and last day. */
export function useThisMonth(): { from: LocalDate; to: LocalDate } {
  const today = zonedDateOf(useDataContext().now(), useHubTimeZone());
  const from = `${today.slice(0, 8)}01`;
  return { from, to: addLocalDays(`${addLocalDays(from, 31).slice(0, 8)}01`, -1) };
}

/** Runs an export in the reader's language and separator, with progress and Cancel, and downloads the file. */
export function useBookingExport() {
  const context = useDataContext();
  const { t } = useTranslation();
  const format = useFormatting();
  const language = useUiLanguage();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => { running.current?.abort(); }, []);

  const labels = useMemo((): ExportLabels => {
    const hours = new Intl.NumberFormat(intlLocales[language], { maximumFractionDigits: 2, useGrouping: false });
    return {
      header: [],
      kind: (kind: Booking['resourceKind']) => t(`bookingExport.kind.${kind}`),
      status: (status: Booking['status']) => t(`bookingExport.status.${status}`),
      formerMember: t('bookings.formerMember'),
      noName: t('bookings.noName'),
      hours: (value) => hours.format(value),
    };
  }, [language, t]);

  const start = useCallback(async (kind: ExportKind, from: string, to: string) => {
    const problem = rangeProblem(from, to);
    if (problem) {
      setState({ kind: 'problem', text: t(`bookingExport.errors.${problem}`, { from: problem === 'missing' ? '' : format.localDate(from) }) });
      return;
    }
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ kind: 'running', done: 0, total: exportChunks(from, to) });
    const header = (kind === 'bookings' ? BOOKING_COLUMNS : OCCUPANCY_COLUMNS).map((key) => t(`bookingExport.header.${key}`));
    try {
      const outcome = await exportBookingsCsv(context, { kind, from, to, separator: csvSeparatorFor(language), labels: { ...labels, header } }, {
        signal: controller.signal,
        onProgress: (done, total) => { if (!controller.signal.aborted) setState({ kind: 'running', done, total }); },
      });
      if (running.current !== controller) return;
      if (outcome.kind === 'cancelled') setState({ kind: 'cancelled' });
      else if (outcome.kind === 'empty') setState({ kind: 'problem', text: t('bookingExport.errors.empty', { from: format.localDate(from), to: format.localDate(to) }) });
      else {
        downloadFile(new Blob([outcome.csv], { type: 'text/csv;charset=utf-8' }), outcome.fileName);
        setState({ kind: 'saved', file: outcome.fileName, rows: outcome.rows });
      }
    } catch {
      if (running.current === controller) setState({ kind: 'problem', text: t('bookingExport.errors.failed') });
    } finally {
      if (running.current === controller) running.current = null;
    }
  }, [context, t, format, language, labels]);

  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState({ kind: 'cancelled' });
  }, []);

  return { state, start, cancel };
}
