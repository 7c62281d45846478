import { useTranslation } from 'react-i18next';
import { hoursByProject, hoursValue } from '@core/projects/pledges';
import { approvalOf } from '@core/schemas';
import { useFormatting } from '../../../app/formatting';
import { useHubSettings } from '../../../data/liveQueries';
import type { HoursRow } from '../../../data/projects/pinboardQueries';

/** The project's approved hours, what they are worth at the hub's rate (when the host set one), and how many wait. */
export function HoursTotals({ projectId, hours, showPending }: { projectId: string; hours: readonly HoursRow[]; showPending: boolean }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const settings = useHubSettings();
  const approved = hoursByProject(hours).get(projectId) ?? 0;
  const value = hoursValue(approved, settings);
  const pending = hours.filter((row) => approvalOf(row) === 'pending').length;
  return (
    <dl className="hours-totals">
      <div><dt>{t('projectDetail.hours.given')}</dt><dd className="hours-total">{format.hours(approved)}</dd></div>
      {value !== null && <div><dt>{t('projectDetail.hours.worth')}</dt><dd>{format.money(value.amount, value.currency)}</dd></div>}
      {showPending && pending > 0 && <div><dt>{t('projectDetail.hours.waiting')}</dt><dd>{t('projectDetail.hours.entries', { count: pending })}</dd></div>}
    </dl>
  );
}
