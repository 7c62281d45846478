import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../app/formatting';
import { FormField } from '../members/FormField';
import type { ReportRange } from '../../data/liveReport';
import { REPORT_PRESETS, type ReportPreset } from './reportRanges';

/** The days of the report: one press for the usual ranges, or any two days. */
export function ReportRangePicker({ range, preset, error, onPreset, onDays }: {
  range: ReportRange;
  preset: ReportPreset | null;
  error: string | null;
  onPreset: (preset: ReportPreset) => void;
  onDays: (days: Partial<ReportRange>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatting();
  return (
    <fieldset className="report-range">
      <legend>{t('reports.rangeLegend')}</legend>
      <div className="report-presets" role="group" aria-label={t('reports.presetsLabel')}>
        {REPORT_PRESETS.map((key) => (
          <button key={key} type="button" aria-pressed={preset === key} onClick={() => { onPreset(key); }}>{t(`reports.preset.${key}`)}</button>
        ))}
      </div>
      <div className="report-days">
        <FormField label={t('reports.from')} error={null} required>
          {(props) => <input {...props} type="date" value={range.from} aria-invalid={error !== null} onChange={(event) => { onDays({ from: event.target.value }); }} />}
        </FormField>
        <FormField label={t('reports.to')} error={null} required>
          {(props) => <input {...props} type="date" value={range.to} aria-invalid={error !== null} onChange={(event) => { onDays({ to: event.target.value }); }} />}
        </FormField>
      </div>
      {/* The date fields write the browser's own date format; this line says the days in the screen's language. */}
      {!error && <p className="report-range-shown" aria-live="polite">{t('reports.rangeShown', { from: format.localDateLong(range.from), to: format.localDateLong(range.to) })}</p>}
      {error && <p className="form-error" role="alert">{error}</p>}
    </fieldset>
  );
}
