import { useTranslation } from 'react-i18next';
import { importFields, type ImportField } from '@core/memberImport/columns';
import type { CsvTable } from '@core/memberImport/readTable';
import { EncodingSwitch } from './EncodingSwitch';
import type { MemberImport } from './useMemberImport';

const fieldHelp: Partial<Record<ImportField, 'skillsHelp' | 'dateHelp'>> = { skills: 'skillsHelp', memberSince: 'dateHelp' };
const EXAMPLE_CHARS = 32;

/** The first value a column has, shortened: enough to recognise the column by. */
function exampleOf(table: CsvTable, column: number): string {
  const value = table.rows.map((row) => (row.cells[column] ?? '').trim()).find((cell) => cell !== '') ?? '';
  const line = value.replace(/\s+/g, ' ');
  return line.length > EXAMPLE_CHARS ? `${line.slice(0, EXAMPLE_CHARS - 1)}…` : line;
}

/** Each member field with the column that fills it; the name is required. */
export function MapColumnsStep({ flow, onCancel }: { flow: MemberImport; onCancel: () => void }) {
  const { t } = useTranslation();
  const { file, mapping } = flow;
  if (!file || !mapping) return null;
  const { table } = file;
  const nameMissing = mapping.name === null;
  return (
    <div className="import-step">
      <p>{t('memberImport.map.intro')}</p>
      <EncodingSwitch encoding={file.decoded.encoding} onChoose={flow.chooseEncoding} />
      <div className="import-mapping">
        {importFields.map((field) => {
          const help = fieldHelp[field];
          const id = `import-field-${field}`;
          return (
            <div key={field} className={`field${field === 'name' && nameMissing ? ' field-invalid' : ''}`}>
              <label htmlFor={id}>{t(`memberImport.map.fields.${field}`)}</label>
              <select
                id={id}
                value={mapping[field] ?? ''}
                aria-describedby={help ? `${id}-help` : undefined}
                onChange={(event) => { flow.mapField(field, event.target.value === '' ? null : Number(event.target.value)); }}
              >
                <option value="">{t('memberImport.map.notImported')}</option>
                {table.header.map((column, index) => {
                  const example = exampleOf(table, index);
                  const label = column || String(index + 1);
                  return (
                    <option key={index} value={index}>
                      {example ? t('memberImport.map.columnOption', { column: label, example }) : label}
                    </option>
                  );
                })}
              </select>
              {help && <p id={`${id}-help`} className="field-help">{t(`memberImport.map.${help}`)}</p>}
            </div>
          );
        })}
      </div>
      {nameMissing && <p role="alert" className="form-error">{t('memberImport.map.nameRequired')}</p>}
      <p className="import-privacy">{t('memberImport.map.privacy')}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>{t('memberImport.actions.cancel')}</button>
        <button type="button" onClick={flow.restart}>{t('memberImport.actions.chooseAnother')}</button>
        <button type="button" className="primary" disabled={nameMissing} onClick={flow.showPreview}>{t('memberImport.actions.next')}</button>
      </div>
    </div>
  );
}
