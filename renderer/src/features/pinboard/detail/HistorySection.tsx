import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../../app/formatting';
import type { EditRow } from '../../../data/projects/pinboardQueries';
import type { DetailSectionProps } from './detailSection';
import { atKiosk } from './sectionAccess';
import { usePersonNames, type PersonNames } from './usePersonNames';
import './projectDetail.css';

/** Shown at once; the rest behind a disclosure. */
const FIRST_EDITS = 3;
const LONG = 5;

function EditLine({ edit, names }: { edit: EditRow; names: PersonNames }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const who = edit.byMemberId === null ? t('projectDetail.history.aHost') : names.nameOf({ memberId: edit.byMemberId }) ?? t('projectDetail.history.aMember');
  return (
    <li>
      <time dateTime={edit.at}>{format.dateTime(edit.at)}</time>{' · '}
      {t(`projectDetail.history.changed.${edit.field}`, { name: who })}
    </li>
  );
}

/**
 * Who changed the pitch, the description or the stage, and when, newest first. A long history
 * shows its latest lines and keeps the rest behind a disclosure. The kiosk is never sent it.
 */
export function HistorySection({ detail, actor }: DetailSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const edits = useMemo(() => [...detail.edits].sort((a, b) => b.at.localeCompare(a.at)), [detail.edits]);
  const names = usePersonNames(actor, useMemo(() => edits.map((edit) => edit.byMemberId), [edits]));
  if (edits.length === 0 && atKiosk(actor)) return null;
  const first = edits.length > LONG ? edits.slice(0, FIRST_EDITS) : edits;
  const rest = edits.length > LONG ? edits.slice(FIRST_EDITS) : [];
  return (
    <section className="detail-section history-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('projectDetail.history.title')}</h2>
      {edits.length === 0 ? <p className="muted">{t('projectDetail.history.none')}</p> : (
        <>
          <ul className="history-list">{first.map((edit) => <EditLine key={edit.id} edit={edit} names={names} />)}</ul>
          {rest.length > 0 && (
            <details className="history-more">
              <summary>{t('projectDetail.history.earlier', { count: rest.length })}</summary>
              <ul className="history-list">{rest.map((edit) => <EditLine key={edit.id} edit={edit} names={names} />)}</ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
