import { useTranslation } from 'react-i18next';
import { seriesDates, type BookingSeriesFields } from '@core/bookings/bookingSeries';
import type { BookingSeries } from '@core/schemas';
import type { LocalDate } from '@core/time/zonedTime';
import { useFormatting } from '../../app/formatting';
import { useDataContext } from '../../app/services';
import { useReportError } from '../../app/useActionFeedback';
import { editHostSeries } from '../../data/seriesEditRepo';
import { createHostSeries, endSeriesFrom, restoreOccurrence, skipOccurrence } from '../../data/seriesRepo';
import { useAppStore } from '../../store/appStore';

/** Making a weekly booking, changing it, cancelling one of its dates, ending it: each told as a notice, all but the first with undo. */
export function useSeriesActions(placeName: (resourceId: string) => string) {
  const context = useDataContext();
  const notify = useAppStore((state) => state.notify);
  const reportError = useReportError();
  const { t } = useTranslation();
  const format = useFormatting();

  /** The work's answer, or null when it failed (reported once, in the reader's language). */
  const attempt = async <T,>(work: () => Promise<T>): Promise<{ value: T } | null> => {
    try {
      return { value: await work() };
    } catch (error) {
      reportError(error);
      return null;
    }
  };

  const create = async (fields: BookingSeriesFields): Promise<boolean> => {
    const outcome = (await attempt(() => createHostSeries(context, fields)))?.value;
    if (!outcome) return false;
    if (outcome.kind === 'nothingFree') {
      notify({ kind: 'attention', text: t('bookings.series.nothingFree') });
      return false;
    }
    const place = placeName(fields.resourceId);
    const booked = seriesDates(fields).length - outcome.skipped;
    notify({ kind: 'success', text: outcome.skipped > 0 ? t('bookings.series.createdSkipped', { place, count: booked, skipped: outcome.skipped }) : t('bookings.series.created', { place, count: booked }) });
    return true;
  };

  const skip = async (series: BookingSeries, date: LocalDate) => {
    if (!(await attempt(() => skipOccurrence(context, series.id, date)))) return;
    notify({
      kind: 'success',
      text: t('bookings.series.skipped', { date: format.localDate(date), place: placeName(series.resourceId) }),
      undo: () => {
        void attempt(async () => {
          if ((await restoreOccurrence(context, series, date)) === 'taken') notify({ kind: 'attention', text: t('bookings.series.restoreTaken') });
        });
      },
    });
  };

  const endFrom = async (series: BookingSeries, date: LocalDate) => {
    const answer = await attempt(() => endSeriesFrom(context, series.id, date));
    if (!answer) return;
    const ended = answer.value;
    if (ended === null) {
      notify({ kind: 'error', text: t('bookings.series.gone') });
      return;
    }
    notify({
      kind: 'success',
      text: ended.whole ? t('bookings.series.endedWhole', { place: placeName(series.resourceId) }) : t('bookings.series.ended', { place: placeName(series.resourceId), date: format.localDate(date) }),
      undo: () => { void attempt(ended.undo); },
    });
  };

  /** Changes the rule from `fields.startDate` on; true when it was saved. */
  const edit = async (series: BookingSeries, fields: BookingSeriesFields): Promise<boolean> => {
    const outcome = (await attempt(() => editHostSeries(context, series.id, fields)))?.value;
    if (!outcome) return false;
    if (outcome.kind === 'nothingFree') {
      notify({ kind: 'attention', text: t('seriesEdit.nothingFree') });
      return false;
    }
    if (outcome.kind === 'gone') {
      notify({ kind: 'error', text: t('bookings.series.gone') });
      return true;
    }
    const said = { place: placeName(series.resourceId), date: format.localDate(fields.startDate), count: outcome.skipped };
    notify({
      kind: 'success',
      text: outcome.skipped > 0 ? t('seriesEdit.savedSkipped', said) : t('seriesEdit.saved', said),
      undo: () => { void attempt(outcome.undo); },
    });
    return true;
  };

  return { create, edit, skip, endFrom };
}
