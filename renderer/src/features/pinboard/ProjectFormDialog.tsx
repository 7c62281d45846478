import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../app/Dialog';
import { useSkills } from '../../data/liveQueries';
import type { ProjectRow } from '../../data/projects/pinboardQueries';
import { FormField } from '../members/FormField';
import { MemberPicker } from '../members/MemberPicker';
import { PhotoPicker } from '../members/PhotoPicker';
import { TagInput } from '../members/TagInput';
import { useSkillNames } from '../members/useSkillNames';
import { emptyProjectDraft, projectDraftOf, projectFormDraftOf, validateProjectDraft, type ProjectFormDraft, type ProjectFormErrors, type ProjectFormField } from './projectDraft';
import { SkillChoice } from './SkillChoice';
import { usePinboardActions } from './usePinboardActions';

/** Pins an idea (project null) or edits one, on a host desk. Nothing typed is lost when a check fails. */
export function ProjectFormDialog({ project, ownerName, onClose, onSaved }: {
  project: ProjectRow | null;
  ownerName?: string;
  onClose: () => void;
  onSaved?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const actions = usePinboardActions({ kind: 'host', memberId: null });
  const skillNames = useSkillNames(useSkills() ?? []);
  const [draft, setDraft] = useState<ProjectFormDraft>(() => (project ? projectFormDraftOf(project) : emptyProjectDraft(null)));
  const [errors, setErrors] = useState<ProjectFormErrors>({});
  const [saving, setSaving] = useState(false);
  const update = <K extends keyof ProjectFormDraft>(field: K, value: ProjectFormDraft[K]) => { setDraft((current) => ({ ...current, [field]: value })); };
  const error = (field: ProjectFormField) => (errors[field] ? t(`pinboard.form.errors.${errors[field]}`) : null);
  const title = project ? t('pinboard.form.editTitle', { title: project.title }) : t('pinboard.form.pinTitle');

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const found = validateProjectDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    const fields = projectDraftOf(draft, project);
    const outcome = project ? await actions.edit(project.id, fields) : await actions.pin(fields);
    setSaving(false);
    if (outcome?.kind === 'saved') {
      onClose();
      onSaved?.(outcome.id);
    }
  };

  return (
    <Dialog title={title} onClose={onClose} className="editor-dialog project-dialog">
      <h2>{title}</h2>
      <form className="project-form" noValidate onSubmit={(event) => { void submit(event); }}>
        {Object.keys(errors).length > 0 && <p className="form-error" role="alert">{t('pinboard.form.fixErrors')}</p>}
        <FormField label={t('pinboard.form.title')} error={error('title')} required>
          {(props) => <input {...props} value={draft.title} maxLength={140} autoComplete="off" onChange={(event) => { update('title', event.target.value); }} />}
        </FormField>
        <FormField label={t('pinboard.form.pitch')} error={error('pitch')}>
          {(props) => <input {...props} value={draft.pitch} maxLength={200} autoComplete="off" onChange={(event) => { update('pitch', event.target.value); }} />}
        </FormField>
        <FormField label={t('pinboard.form.summary')} error={error('summary')}>
          {(props) => <textarea {...props} rows={4} maxLength={2000} value={draft.summary} onChange={(event) => { update('summary', event.target.value); }} />}
        </FormField>
        <SkillChoice label={t('pinboard.form.skills')} help={t('pinboard.form.skillsHelp')} chosen={draft.wantedSkills} names={skillNames} error={error('wantedSkills')} onChange={(ids) => { update('wantedSkills', ids); }} />
        <div className="project-form-row">
          <FormField label={t('pinboard.form.place')} error={error('place')}>
            {(props) => <input {...props} value={draft.place} maxLength={80} onChange={(event) => { update('place', event.target.value); }} />}
          </FormField>
          <FormField label={t('pinboard.form.needsPeople')} error={error('needsPeople')}>
            {(props) => <input {...props} inputMode="numeric" className="narrow-input" value={draft.needsPeople} onChange={(event) => { update('needsPeople', event.target.value); }} />}
          </FormField>
        </div>
        <TagInput label={t('pinboard.form.tags')} help={t('pinboard.form.tagsHelp')} tags={draft.tags} onChange={(tags) => { update('tags', tags); }} />
        {error('tags') && <p className="field-error">{error('tags')}</p>}
        <MemberPicker label={t('pinboard.form.owner')} memberId={draft.ownerMemberId} memberName={project && draft.ownerMemberId === project.ownerMemberId ? ownerName : undefined} onChange={(id) => { update('ownerMemberId', id); }} />
        <fieldset className="field">
          <legend>{t('pinboard.form.visibility')}</legend>
          <label className="radio-field"><input type="radio" name="project-visibility" checked={draft.public} onChange={() => { update('public', true); }} />{t('pinboard.form.public')}</label>
          <label className="radio-field"><input type="radio" name="project-visibility" checked={!draft.public} onChange={() => { update('public', false); }} />{t('pinboard.form.membersOnly')}</label>
        </fieldset>
        <PhotoPicker photo={draft.photo} name={draft.title} consent={null} onChange={(photo) => { update('photo', photo); }} />
        {error('photo') && <p className="field-error">{error('photo')}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>{t('pinboard.form.cancel')}</button>
          <button type="submit" className="primary" disabled={saving}>{project ? t('pinboard.form.save') : t('pinboard.form.pinIt')}</button>
        </div>
      </form>
    </Dialog>
  );
}
