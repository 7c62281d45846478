import { useTranslation } from 'react-i18next';
import { hasNameColumn, importFields, type ImportField } from '@core/memberImport/columns';
import type { CsvTable } from '@core/memberImport/readTable';
import { EncodingSwitch } from './EncodingSwitch';
import type { MemberImport } from './useMemberImport';

const fieldHelp: Partial<Record<ImportField, 'nameHelp' | 'skillsHelp' | 'dateHelp'>> = { name: 'nameHelp', skills: 'skillsHelp', memberSince: 'dateHelp' };
const nameFields: readonly ImportField[] = ['name', 'firstName', 'lastName'];
/** The first value a column has, on one line: enough to recognise the column by. */
function exampleOf(table: CsvTable, column: number | null): string {
  if (column === null) return '';
  const value = table.rows.map((row) => (row.cells[column] ?? '').trim()).find((cell) => cell !== '') ?? '';
  return value.replace(/\s+/g, ' ');
}

/** Each member field with the column that fills it; the name is required. */
export function MapColumnsStep({ flow, onCancel }: { flow: MemberImport; onCancel: () => void }) {
  const { t } = useTranslation();
  const { file, mapping } = flow;
  if (!file || !mapping) return null;
  const { table } = file;
  const nameMissing = !hasNameColumn(mapping);
  return (
    <div className="import-step">
      <p>{t('memberImport.map.intro')}</p>
      <EncodingSwitch encoding={file.decoded.encoding} onChoose={flow.chooseEncoding} />
      <div className="import-mapping">
        {importFields.map((field) => {
          const help = fieldHelp[field];
          const id = `import-field-${field}`;
          const example = exampleOf(table, mapping[field]);
          return (
            <div key={field} className={`field${nameFields.includes(field) && nameMissing ? ' field-invalid' : ''}`}>
              <label htmlFor={id}>{t(`memberImport.map.fields.${field}`)}</label>
              <select
                id={id}
                value={mapping[field] ?? ''}
                aria-describedby={[example && `${id}-example`, help && `${id}-help`].filter(Boolean).join(' ') || undefined}
                onChange={(event) => { flow.mapField(field, event.target.value === '' ? null : Number(event.target.value)); }}
              >
                <option value="">{t('memberImport.map.notImported')}</option>
                {table.header.map((column, index) => (
                  <option key={index} value={index}>{column || t('memberImport.map.columnNumber', { number: index + 1 })}</option>
                ))}
              </select>
              {example && <p id={`${id}-example`} className="import-example" title={example}>{t('memberImport.map.example', { example })}</p>}
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
