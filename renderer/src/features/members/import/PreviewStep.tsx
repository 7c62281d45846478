import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '@core/memberImport/importPlan';
import { EncodingSwitch } from './EncodingSwitch';
import { DuplicateList, ProblemList } from './PreviewLists';
import type { MemberImport } from './useMemberImport';

const SAMPLE_ROWS = 5;

function Summary({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation();
  return (
    <ul className="import-summary" aria-label={t('memberImport.steps.preview')}>
      <li className="import-count import-count-ready">{t('memberImport.preview.ready', { count: plan.ready.length })}</li>
      <li className="import-count import-count-problems">{t('memberImport.preview.problems', { count: plan.problems.length })}</li>
      <li className="import-count import-count-duplicates">{t('memberImport.preview.duplicates', { count: plan.duplicates.length })}</li>
    </ul>
  );
}

function Sample({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation();
  const rows = plan.ready.slice(0, SAMPLE_ROWS);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="import-sample-title">
      <h4 id="import-sample-title">{t('memberImport.preview.sampleTitle')}</h4>
      <div className="table-scroll">
        <table className="data-table import-sample">
          <thead>
            <tr>
              <th scope="col">{t('memberImport.preview.columnName')}</th>
              <th scope="col">{t('memberImport.preview.columnEmail')}</th>
              <th scope="col">{t('memberImport.preview.columnCompany')}</th>
              <th scope="col">{t('memberImport.preview.columnSkills')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ rowNumber, member }) => (
              <tr key={rowNumber}>
                <th scope="row">{member.name}</th>
                <td>{member.email}</td>
                <td>{member.company}</td>
                <td>{member.skillTags.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** What the import will do: counts, the first members, every problem and every duplicate. */
export function PreviewStep({ flow }: { flow: MemberImport }) {
  const { t } = useTranslation();
  const { plan, file } = flow;
  if (!plan || !file) return <p>{t('app.loading')}</p>;
  return (
    <div className="import-step">
      <Summary plan={plan} />
      <EncodingSwitch encoding={file.decoded.encoding} onChoose={flow.chooseEncoding} />
      <Sample plan={plan} />
      <ProblemList problems={plan.problems} />
      <DuplicateList duplicates={plan.duplicates} included={flow.includedDuplicates} onToggle={flow.toggleDuplicate} />
      {flow.importCount === 0 && <p role="alert" className="form-error">{t('memberImport.preview.nothingToImport')}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={flow.showMapping}>{t('memberImport.actions.back')}</button>
        <button type="button" className="primary" disabled={flow.importCount === 0} onClick={() => { void flow.startImport(); }}>
          {t('memberImport.actions.import', { count: flow.importCount })}
        </button>
      </div>
    </div>
  );
}
