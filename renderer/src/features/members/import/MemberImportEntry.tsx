import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../../app/formatting';
import { useLastMemberImport } from '../../../data/memberImportRepo';
import { MemberImportDialog } from './MemberImportDialog';
import { UndoImportButton } from './UndoImportButton';

/** Members admin's way in: import from a spreadsheet, and undo the last import for as long as it is the last. */
export function MemberImportEntry() {
  const { t } = useTranslation();
  const { dateTime } = useFormatting();
  const lastImport = useLastMemberImport();
  const [open, setOpen] = useState(false);
  return (
    <div className="import-entry">
      <button type="button" onClick={() => { setOpen(true); }}>{t('memberImport.open')}</button>
      {lastImport && (
        <UndoImportButton
          lastImport={lastImport}
          label={t('memberImport.undo.entry', { date: dateTime(lastImport.at), count: lastImport.count })}
        />
      )}
      {open && <MemberImportDialog onClose={() => { setOpen(false); }} />}
    </div>
  );
}
