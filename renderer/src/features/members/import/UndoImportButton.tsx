import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../app/ConfirmDialog';
import { useFormatting } from '../../../app/formatting';
import type { LastImport } from '../../../data/memberImportRepo';
import { useUndoImport } from './useUndoImport';

/** Undo with a question first: it removes every member the import made. */
export function UndoImportButton({ lastImport, label, onUndone }: { lastImport: LastImport; label: string; onUndone?: () => void }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatting();
  const { busy, undo } = useUndoImport();
  const [confirming, setConfirming] = useState(false);
  const date = dateTime(lastImport.at);
  return (
    <>
      <button type="button" className="danger-quiet" disabled={busy} aria-busy={busy} onClick={() => { setConfirming(true); }}>{label}</button>
      {confirming && (
        <ConfirmDialog
          title={t('memberImport.undo.confirmTitle', { date })}
          body={t('memberImport.undo.confirmBody', { count: lastImport.count })}
          confirmLabel={t('memberImport.undo.confirm')}
          cancelLabel={t('memberImport.undo.cancel')}
          onCancel={() => { setConfirming(false); }}
          onConfirm={() => {
            setConfirming(false);
            void undo(lastImport).then((undone) => { if (undone) onUndone?.(); });
          }}
        />
      )}
    </>
  );
}
