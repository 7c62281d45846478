import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../../app/formatting';
import { usePendingHours, usePinboard } from '../../../data/projects/pinboardQueries';
import type { PinboardActor } from '../actor';
import { useHoursActions } from './useHoursActions';
import { usePersonNames } from './usePersonNames';
import './projectDetail.css';

/**
 * A host desk's list of hours waiting for approval across every project, oldest day first:
 * pick several and approve them, or approve them all; it says how many it approved.
 */
export function PendingHoursPanel({ actor }: { actor: PinboardActor }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const headingId = useId();
  const pending = usePendingHours();
  const cards = usePinboard();
  const actions = useHoursActions(actor);
  // Named as the member is named now; the entry's own name (as logged, perhaps at the kiosk) otherwise.
  const names = usePersonNames(actor, (pending ?? []).map((row) => row.memberId));
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const titles = useMemo(() => new Map((cards ?? []).map((card) => [card.project.id, card.project.title])), [cards]);
  if (actor.kind !== 'host' || !pending) return null;
  const ids = pending.map((row) => row.id);
  const chosen = ids.filter((id) => picked.has(id));
  const toggle = (id: string) => { setPicked((current) => { const next = new Set(current); if (!next.delete(id)) next.add(id); return next; }); };
  const approve = async (which: string[]) => { if (await actions.approve(which)) setPicked(new Set()); };
  return (
    <section className="detail-section pending-hours" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('projectDetail.pending.title', { count: pending.length })}</h2>
      {pending.length === 0
        ? <p className="muted">{t('projectDetail.pending.none')}</p>
        : (
          <>
            <div className="row-actions">
              <button type="button" disabled={chosen.length === 0} onClick={() => { void approve(chosen); }}>{chosen.length === 0 ? t('projectDetail.pending.approveChosenNone') : t('projectDetail.pending.approveChosen', { count: chosen.length })}</button>
              <button type="button" className="primary" onClick={() => { void approve(ids); }}>{t('projectDetail.hours.approveAll', { count: ids.length })}</button>
            </div>
            <ul className="pending-list">
              {pending.map((row) => (
                <li key={row.id}>
                  <label className="check-field">
                    <input type="checkbox" checked={picked.has(row.id)} onChange={() => { toggle(row.id); }} />
                    <span>
                      <strong>{names.nameOf(row) ?? row.personName}</strong>{' · '}{format.hours(row.hours)}{' · '}{format.localDate(row.on)}
                      <span className="muted">{' · '}{(row.projectId !== null && titles.get(row.projectId)) || t('projectDetail.pending.noProject')}{row.note !== '' ? ` · ${row.note}` : ''}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
    </section>
  );
}
