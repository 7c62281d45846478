import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '@core/memberImport/importPlan';

/** Long lists stay readable and quick to draw; the count says how many more there are. */
const SHOWN_ROWS = 200;

function More({ total }: { total: number }) {
  const { t } = useTranslation();
  return total > SHOWN_ROWS ? <p className="muted">{t('memberImport.preview.more', { count: total - SHOWN_ROWS })}</p> : null;
}

export function ProblemList({ problems }: { problems: ImportPlan['problems'] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="import-problems-title" className="import-list">
      <h4 id="import-problems-title">{t('memberImport.preview.problemsTitle')}</h4>
      <p className="field-help">{t('memberImport.preview.problemsHelp')}</p>
      {/* The list scrolls, so it takes the focus to be scrolled by keyboard. */}
      <ul tabIndex={0} aria-labelledby="import-problems-title">
        {problems.slice(0, SHOWN_ROWS).map((row) => (
          <li key={row.rowNumber}>
            <strong>{t('memberImport.preview.row', { row: row.rowNumber })}</strong>{' '}
            {t('memberImport.preview.line', {
              name: row.name || t('memberImport.preview.unnamed'),
              details: row.reasons.map((reason) => t(`memberImport.reason.${reason}`)).join('; '),
            })}
          </li>
        ))}
      </ul>
      <More total={problems.length} />
    </section>
  );
}

export function DuplicateList({ duplicates, included, onToggle }: {
  duplicates: ImportPlan['duplicates'];
  included: ReadonlySet<number>;
  onToggle: (rowNumber: number, include: boolean) => void;
}) {
  const { t } = useTranslation();
  if (duplicates.length === 0) return null;
  return (
    <section aria-labelledby="import-duplicates-title" className="import-list">
      <h4 id="import-duplicates-title">{t('memberImport.preview.duplicatesTitle')}</h4>
      <ul tabIndex={0} aria-labelledby="import-duplicates-title">
        {duplicates.slice(0, SHOWN_ROWS).map(({ rowNumber, member, match }) => {
          const matches = match.kind === 'member'
            ? t(`memberImport.preview.matchesMember.${match.by}`, { name: match.name })
            : t(`memberImport.preview.matchesRow.${match.by}`, { name: match.name, row: match.rowNumber });
          return (
            <li key={rowNumber} className="import-duplicate">
              <span>
                <strong>{t('memberImport.preview.row', { row: rowNumber })}</strong>{' '}
                {t('memberImport.preview.line', { name: member.name, details: matches })}
              </span>
              <label className="check-field">
                <input
                  type="checkbox"
                  checked={included.has(rowNumber)}
                  onChange={(event) => { onToggle(rowNumber, event.target.checked); }}
                  aria-label={t('memberImport.preview.importAnywayLabel', { row: rowNumber, name: member.name })}
                />
                {t('memberImport.preview.importAnyway')}
              </label>
            </li>
          );
        })}
      </ul>
      <More total={duplicates.length} />
    </section>
  );
}
