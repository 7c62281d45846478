import { useTranslation } from 'react-i18next';
import { hoursByProject, hoursValue } from '@core/projects/pledges';
import { approvalOf } from '@core/schemas';
import { useFormatting } from '../../../app/formatting';
import { useHubSettings } from '../../../data/liveQueries';
import type { HoursRow } from '../../../data/projects/pinboardQueries';

/**
 * The project's approved hours; for a host also what they are worth at the hub's rate (when one
 * is set: it is for reports to funders, and public machines are not sent it) and how many wait.
 */
export function HoursTotals({ projectId, hours, forHost }: { projectId: string; hours: readonly HoursRow[]; forHost: boolean }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const settings = useHubSettings();
  const approved = hoursByProject(hours).get(projectId) ?? 0;
  const value = forHost && approved > 0 ? hoursValue(approved, settings) : null;
  const pending = hours.filter((row) => approvalOf(row) === 'pending').length;
  return (
    <dl className="hours-totals">
      <div><dt>{t('projectDetail.hours.given')}</dt><dd className="hours-total">{format.hours(approved)}</dd></div>
      {value !== null && <div><dt>{t('projectDetail.hours.worth')}</dt><dd>{format.money(value.amount, value.currency)}</dd></div>}
      {forHost && pending > 0 && <div><dt>{t('projectDetail.hours.waiting')}</dt><dd>{t('projectDetail.hours.entries', { count: pending })}</dd></div>}
    </dl>
  );
}
