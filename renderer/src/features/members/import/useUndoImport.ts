import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataContext } from '../../../app/services';
import { undoMemberImport, type LastImport } from '../../../data/memberImportRepo';
import { useAppStore } from '../../../store/appStore';

/** Undoes an import and says how it went; `busy` while the tombstones are written. */
export function useUndoImport(): { busy: boolean; undo: (lastImport: LastImport) => Promise<boolean> } {
  const context = useDataContext();
  const notify = useAppStore((state) => state.notify);
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const undo = async (lastImport: LastImport) => {
    setBusy(true);
    const outcome = await undoMemberImport(context, lastImport.id);
    setBusy(false);
    if (outcome.kind === 'undone') notify({ kind: 'success', text: t('memberImport.result.undone', { count: outcome.count }) });
    else if (outcome.kind === 'notLastImport') notify({ kind: 'error', text: t('memberImport.result.notLastImport') });
    else notify({ kind: 'error', text: t(`errors.${outcome.reason}`) });
    return outcome.kind === 'undone';
  };
  return { busy, undo };
}
