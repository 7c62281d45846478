import { useTranslation } from 'react-i18next';
import { FormField } from '../members/FormField';
import type { BookingDraft, BookingDraftErrors } from './bookingDraft';

/** Opening a room booking to everyone: its own public title and description; the rest stays private. */
export function PublicEventFields({ draft, errors, disabled, onChange }: {
  draft: BookingDraft;
  errors: BookingDraftErrors;
  disabled: boolean;
  onChange: (patch: Partial<BookingDraft>) => void;
}) {
  const { t } = useTranslation();
  const error = (field: 'publicTitle' | 'publicDescription') => (errors[field] ? t(`bookings.errors.${errors[field]}`) : null);
  return (
    <div className="booking-public">
      <label className="check-field">
        <input type="checkbox" checked={draft.isPublic} disabled={disabled} onChange={(event) => { onChange({ isPublic: event.target.checked }); }} />
        {t('bookings.fieldPublic')}
      </label>
      {draft.isPublic && (
        <>
          <p className="field-help">{t('bookings.fieldPublicHelp')}</p>
          <FormField label={t('bookings.fieldPublicTitle')} error={error('publicTitle')} required>
            {(props) => <input {...props} value={draft.publicTitle} maxLength={80} autoComplete="off" disabled={disabled} onChange={(event) => { onChange({ publicTitle: event.target.value }); }} />}
          </FormField>
          <FormField label={t('bookings.fieldPublicDescription')} error={error('publicDescription')}>
            {(props) => <textarea {...props} rows={2} maxLength={300} value={draft.publicDescription} disabled={disabled} onChange={(event) => { onChange({ publicDescription: event.target.value }); }} />}
          </FormField>
        </>
      )}
    </div>
  );
}
