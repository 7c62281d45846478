import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '../../../data/memberImportRepo';
import { UndoImportButton } from './UndoImportButton';

export function ImportProgressStep({ done, total }: { done: number; total: number }) {
  const { t } = useTranslation();
  const status = t('memberImport.progress.status', { done, total });
  return (
    <div className="import-step">
      <label className="import-progress">
        <span>{t('memberImport.progress.label')}</span>
        <progress max={total} value={done} aria-valuetext={status} />
      </label>
      <p aria-live="polite">{status}</p>
      <p className="muted">{t('memberImport.progress.keepOpen')}</p>
    </div>
  );
}

/** How the import went, with the undo right there; a stopped import can be undone too. */
export function ImportResultStep({ outcome, onClose }: { outcome: ImportOutcome; onClose: () => void }) {
  const { t } = useTranslation();
  const lastImport = outcome.lastImport;
  return (
    <div className="import-step">
      {outcome.kind === 'imported' ? (
        <>
          <p role="status" className="import-result">{t('memberImport.result.imported', { count: outcome.lastImport.count })}</p>
          <p>{t('memberImport.result.private')}</p>
        </>
      ) : (
        <p role="alert" className="form-error">
          {t(`memberImport.result.${outcome.reason}`, { done: outcome.lastImport?.count ?? 0, total: outcome.total })}
        </p>
      )}
      <div className="dialog-actions">
        {lastImport && <UndoImportButton lastImport={lastImport} label={t('memberImport.result.undo')} onUndone={onClose} />}
        <button type="button" className="primary" onClick={onClose}>{t('memberImport.actions.close')}</button>
      </div>
    </div>
  );
}
