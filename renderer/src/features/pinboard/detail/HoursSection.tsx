import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DetailSectionProps } from './detailSection';
import { HostHoursForm } from './HostHoursForm';
import { HoursList } from './HoursList';
import { HoursTotals } from './HoursTotals';
import { KioskHoursLog } from './KioskHoursLog';
import { atKiosk, hoursShownTo, mayApproveHours, mayLogHours } from './sectionAccess';
import { useHoursActions } from './useHoursActions';
import { usePersonNames } from './usePersonNames';
import './projectDetail.css';

/**
 * Hours given to the project: the totals, logging (a host for several people at once, the
 * member at the kiosk for themselves in three taps), the entries, and a host's approvals.
 * At the kiosk only the totals and the member's own entries show: nobody else's name.
 */
export function HoursSection({ detail, actor }: DetailSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { project, hours, tasks } = detail;
  const actions = useHoursActions(actor);
  const [logging, setLogging] = useState(false);
  const host = mayApproveHours(actor);
  const rows = hoursShownTo(actor, hours);
  const names = usePersonNames(actor, rows.map((row) => row.memberId));
  return (
    <section className="detail-section hours-section" aria-labelledby={headingId}>
      <div className="section-heading">
        <h2 id={headingId}>{t('projectDetail.hours.title')}</h2>
        {host && !logging && <button type="button" onClick={() => { setLogging(true); }}>{t('projectDetail.hours.logFor')}</button>}
      </div>
      <HoursTotals projectId={project.id} hours={hours} forHost={host} />
      {atKiosk(actor) && mayLogHours(actor, project) && <KioskHoursLog projectId={project.id} tasks={tasks} actor={actor} actions={actions} />}
      {host && logging && <HostHoursForm projectId={project.id} tasks={tasks} actions={actions} onClose={() => { setLogging(false); }} />}
      {atKiosk(actor) && rows.length > 0 && <h3>{t('projectDetail.hours.yours')}</h3>}
      {rows.length > 0
        ? <HoursList rows={rows} showWho={!atKiosk(actor)} nameOf={names.nameOf} {...(host ? { onApprove: actions.approve } : {})} />
        : !atKiosk(actor) && <p className="muted">{t('projectDetail.hours.noneYet')}</p>}
    </section>
  );
}
