import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { approvalOf } from '@core/schemas';
import { useFormatting } from '../../../app/formatting';
import type { HoursRow } from '../../../data/projects/pinboardQueries';
import { ApprovalMark } from './ApprovalMark';

const FIRST_ROWS = 10;

/**
 * Hour entries, newest day first: who (not at the kiosk, which lists only the member's own),
 * the day, the hours, the note and whether a host approved them; a host approves one or all.
 */
export function HoursList({ rows, showWho, nameOf, onApprove }: {
  rows: readonly HoursRow[];
  showWho: boolean;
  /** A person's name now; the entry's own name (as logged) when this machine has none. */
  nameOf: (row: HoursRow) => string | null;
  /** Given on a host desk: approves the entries of these ids. */
  onApprove?: (ids: string[]) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const format = useFormatting();
  const [all, setAll] = useState(false);
  const sorted = useMemo(() => [...rows].sort((a, b) => b.on.localeCompare(a.on) || b.id.localeCompare(a.id)), [rows]);
  const pending = sorted.filter((row) => approvalOf(row) === 'pending').map((row) => row.id);
  const shown = all ? sorted : sorted.slice(0, FIRST_ROWS);
  return (
    <div className="hours-list">
      {onApprove && pending.length > 1 && (
        <button type="button" className="primary" onClick={() => { void onApprove(pending); }}>{t('projectDetail.hours.approveAll', { count: pending.length })}</button>
      )}
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              {showWho && <th scope="col">{t('projectDetail.hours.who')}</th>}
              <th scope="col">{t('projectDetail.hours.day')}</th>
              <th scope="col">{t('projectDetail.hours.amount')}</th>
              <th scope="col">{t('projectDetail.hours.noteColumn')}</th>
              <th scope="col">{t('projectDetail.hours.status')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr key={row.id}>
                {showWho && <td>{nameOf(row) ?? row.personName}</td>}
                <td>{format.localDate(row.on)}</td>
                <td>{format.hours(row.hours)}</td>
                <td>{row.note}</td>
                <td>
                  <ApprovalMark row={row} />
                  {onApprove && approvalOf(row) === 'pending' && (
                    <button type="button" className="approve-one" aria-label={t('projectDetail.hours.approveOneOf', { name: nameOf(row) ?? row.personName, day: format.localDate(row.on) })} onClick={() => { void onApprove([row.id]); }}>{t('projectDetail.hours.approve')}</button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > FIRST_ROWS && (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => { setAll(!all); }}>
          {all ? t('projectDetail.hours.showFewer') : t('projectDetail.hours.showAll', { count: sorted.length })}
        </button>
      )}
    </div>
  );
}
