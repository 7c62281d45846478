import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { withConsent } from '@core/memberPrivacy';
import { membershipPlans, type ConsentField, type Member, type Skill } from '@core/schemas';
import { useDataContext } from '../../app/services';
import { ConsentSwitch } from './ConsentSwitch';
import { FormField } from './FormField';
import { LanguagesPicker } from './LanguagesPicker';
import { draftFromMember, emptyDraft, validateDraft, type DraftErrors, type MemberDraft } from './memberDraft';
import { PhotoPicker } from './PhotoPicker';
import { TagInput } from './TagInput';
import { useMemberActions } from './useMemberActions';

export function MemberEditorForm({ member, skills, skillNames, onDone }: {
  member: Member | null;
  skills: readonly Skill[];
  skillNames: ReadonlyMap<string, string>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { now } = useDataContext();
  const actions = useMemberActions();
  const [draft, setDraft] = useState<MemberDraft>(() => (member ? draftFromMember(member, skillNames) : emptyDraft(now().toISOString().slice(0, 10))));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [saving, setSaving] = useState(false);
  const update = <K extends keyof MemberDraft>(field: K, value: MemberDraft[K]) => { setDraft((current) => ({ ...current, [field]: value })); };
  // A field's switch shows one short label; its accessible name adds which field it is.
  const consent = (field: ConsentField, label: string) => (
    <ConsentSwitch
      {...(field === 'presence' || field === 'guestVisits' ? { label } : { label: t('editor.consentShow'), name: t('editor.consentSwitch', { field: label }) })}
      consent={draft.consent[field]}
      onChange={(makePublic) => { update('consent', withConsent(draft.consent, field, makePublic, now().toISOString())); }}
    />
  );
  const error = (field: keyof MemberDraft) => (errors[field] ? t(`editor.${errors[field]}`) : null);
  const skillSuggestions = [...new Set(skills.flatMap((skill) => [skill.labels.da, skill.labels.de, skill.labels.en].filter((label): label is string => Boolean(label))))];

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const found = validateDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const saved = await actions.save(draft, member);
    setSaving(false);
    if (saved) onDone();
  };

  return (
    <form className="member-form" noValidate onSubmit={(event) => { void submit(event); }}>
      <p className="privacy-note">{t('editor.privacyNote')}</p>
      {Object.keys(errors).length > 0 && <p className="form-error" role="alert">{t('editor.fixErrors')}</p>}
      <FormField label={t('editor.name')} error={error('name')} required>
        {(props) => <input {...props} value={draft.name} autoComplete="off" onChange={(event) => { update('name', event.target.value); }} />}
      </FormField>
      <PhotoPicker photo={draft.photo} name={draft.name} onChange={(photo) => { update('photo', photo); }} consent={consent('photo', t('editor.photo'))} />
      <FormField label={t('editor.company')} error={error('company')} consent={consent('company', t('editor.company'))}>
        {(props) => <input {...props} value={draft.company} onChange={(event) => { update('company', event.target.value); }} />}
      </FormField>
      <FormField label={t('editor.bio')} error={error('bio')} consent={consent('bio', t('editor.bio'))}>
        {(props) => <textarea {...props} rows={3} value={draft.bio} onChange={(event) => { update('bio', event.target.value); }} />}
      </FormField>
      <TagInput label={t('editor.skills')} help={t('editor.skillsHelp')} tags={draft.skillTags} suggestions={skillSuggestions} onChange={(tags) => { update('skillTags', tags); }} consent={consent('skills', t('editor.skills'))} />
      <TagInput label={t('editor.offers')} help={t('editor.offersHelp')} tags={draft.offers} onChange={(tags) => { update('offers', tags); }} consent={consent('offers', t('editor.offers'))} />
      <TagInput label={t('editor.needs')} help={t('editor.needsHelp')} tags={draft.needs} onChange={(tags) => { update('needs', tags); }} consent={consent('needs', t('editor.needs'))} />
      <LanguagesPicker selected={draft.languages} onChange={(languages) => { update('languages', languages); }} consent={consent('languages', t('editor.languages'))} />
      <div className="form-row">
        <FormField label={t('editor.email')} error={error('email')} consent={consent('email', t('editor.email'))}>
          {(props) => <input {...props} type="email" value={draft.email} onChange={(event) => { update('email', event.target.value); }} />}
        </FormField>
        <FormField label={t('editor.phone')} error={error('phone')} consent={consent('phone', t('editor.phone'))}>
          {(props) => <input {...props} type="tel" value={draft.phone} onChange={(event) => { update('phone', event.target.value); }} />}
        </FormField>
      </div>
      <div className="form-row">
        <FormField label={t('editor.plan')} error={error('plan')} consent={consent('plan', t('editor.plan'))}>
          {(props) => (
            <select {...props} value={draft.plan} onChange={(event) => { update('plan', membershipPlans.find((plan) => plan === event.target.value) ?? draft.plan); }}>
              {membershipPlans.map((plan) => <option key={plan} value={plan}>{t(`member.plan.${plan}`)}</option>)}
            </select>
          )}
        </FormField>
        <FormField label={t('editor.memberSince')} error={error('memberSince')} consent={consent('memberSince', t('editor.memberSince'))}>
          {(props) => <input {...props} type="date" value={draft.memberSince} onChange={(event) => { update('memberSince', event.target.value); }} />}
        </FormField>
      </div>
      <fieldset className="consent-presence">
        <legend>{t('editor.consentGroup')}</legend>
        {consent('presence', t('editor.presence'))}
        {consent('guestVisits', t('editor.guestVisits'))}
      </fieldset>
      <div className="dialog-actions">
        <button type="button" onClick={onDone}>{t('editor.cancel')}</button>
        <button type="submit" className="primary" disabled={saving}>{saving ? t('editor.saving') : t('editor.save')}</button>
      </div>
    </form>
  );
}
