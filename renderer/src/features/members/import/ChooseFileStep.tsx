import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@core/memberImport/limits';
import type { ImportStep } from './useMemberImport';

const megabytes = MAX_IMPORT_BYTES / (1024 * 1024);

/** A drop zone that is also a file button; a problem with the file is said above it. */
export function ChooseFileStep({ step, onFile, onCancel }: {
  step: Extract<ImportStep, { name: 'choose' }>;
  onFile: (file: File) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div className="import-step">
      <p>{t('memberImport.choose.intro')}</p>
      {step.problem && (
        <p role="alert" className="form-error import-problem">
          {t(`memberImport.fileProblem.${step.problem.problem}`, { name: step.problem.fileName, megabytes, rows: MAX_IMPORT_ROWS })}
        </p>
      )}
      <div
        className={`import-drop${dragging ? ' import-drop-active' : ''}`}
        onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
        onDragLeave={() => { setDragging(false); }}
        onDrop={onDrop}
      >
        <p className="import-drop-text">{t('memberImport.choose.drop')}</p>
        <label className="button primary">
          {step.reading ? t('memberImport.choose.reading') : t('memberImport.choose.pick')}
          <input
            type="file"
            className="visually-hidden"
            accept=".csv,.txt,text/csv,text/plain"
            disabled={step.reading}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) onFile(file);
            }}
          />
        </label>
        <p className="muted">{t('memberImport.choose.limits', { megabytes, rows: MAX_IMPORT_ROWS })}</p>
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>{t('memberImport.actions.cancel')}</button>
      </div>
    </div>
  );
}
