import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { citizenFieldsSchema } from '@core/schemas';
import { FormField } from '../members/FormField';
import { usePinboardActions } from './usePinboardActions';

type Field = 'name' | 'contact' | 'consent';

/**
 * A host records a local citizen who is not a member: a name, a way to reach them, and the
 * consent they gave, read out to them in the words shown here (their version is recorded).
 * Without consent to be contacted nothing is stored.
 */
export function CitizenForm({ onAdded, onDone }: { onAdded: (citizenId: string, name: string) => void; onDone: () => void }) {
  const { t } = useTranslation();
  const actions = usePinboardActions({ kind: 'host', memberId: null });
  const [name, setName] = useState('');
  const [contact, setContact] = useState('');
  const [consents, setConsents] = useState(false);
  const [publicName, setPublicName] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const fields = citizenFieldsSchema.shape;
    if (!fields.name.safeParse(name.trim()).success) found.name = t(name.trim() === '' ? 'pinboard.citizen.nameMissing' : 'pinboard.citizen.tooLong');
    if (contact.trim() === '') found.contact = t('pinboard.citizen.contactMissing');
    else if (!fields.contact.safeParse(contact.trim()).success) found.contact = t('pinboard.citizen.tooLong');
    if (!consents) found.consent = t('pinboard.citizen.consentMissing');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const outcome = await actions.addCitizen({ name, contact, scopes: publicName ? ['contact', 'publicName'] : ['contact'] });
    if (outcome === null) return;
    onAdded(outcome.id, name.trim());
    onDone();
  };
  return (
    <form className="citizen-form" noValidate aria-label={t('pinboard.citizen.title')} onSubmit={(event) => { void submit(event); }}>
      <h4>{t('pinboard.citizen.title')}</h4>
      <FormField label={t('pinboard.citizen.name')} error={errors.name ?? null} required>
        {(props) => <input {...props} value={name} maxLength={120} autoComplete="off" onChange={(event) => { setName(event.target.value); }} />}
      </FormField>
      <FormField label={t('pinboard.citizen.contact')} error={errors.contact ?? null} required>
        {(props) => <input {...props} value={contact} maxLength={200} autoComplete="off" onChange={(event) => { setContact(event.target.value); }} />}
      </FormField>
      <p className="consent-text">{t('pinboard.citizen.consentText')}</p>
      <label className={`check-field${errors.consent ? ' field-invalid' : ''}`}>
        <input type="checkbox" checked={consents} aria-invalid={Boolean(errors.consent)} onChange={(event) => { setConsents(event.target.checked); }} />
        {t('pinboard.citizen.consents')}
      </label>
      {errors.consent && <p className="field-error">{errors.consent}</p>}
      <label className="check-field">
        <input type="checkbox" checked={publicName} onChange={(event) => { setPublicName(event.target.checked); }} />
        {t('pinboard.citizen.publicName')}
      </label>
      <div className="inline-row">
        <button type="button" onClick={onDone}>{t('pinboard.form.cancel')}</button>
        <button type="submit" className="primary">{t('pinboard.citizen.save')}</button>
      </div>
    </form>
  );
}
