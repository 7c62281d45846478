import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskDraft } from '../../../data/projects/taskRepo';
import { FormField } from '../../members/FormField';
import { focusFirstInvalid } from '../../settings/useSettingsFormSubmit';
import { SkillChoice } from '../SkillChoice';
import { checkTaskDraft, type TaskErrors, type TaskFormDraft } from './taskDraft';
import { useProblemText } from './useProblemText';

/** Adds or edits a task; problems are said next to their field, and nothing typed is lost. */
export function TaskForm({ heading, initial, projectSkills, skillNames, onSave, onClose }: {
  heading: string;
  initial: TaskFormDraft;
  projectSkills: readonly string[];
  skillNames: ReadonlyMap<string, string>;
  /** Resolves false when nothing was saved: the form stays open with what was typed. */
  onSave: (task: TaskDraft) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<TaskErrors>({});
  const [saving, setSaving] = useState(false);
  const set = (fields: Partial<TaskFormDraft>) => { setDraft((current) => ({ ...current, ...fields })); };

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkTaskDraft(draft);
    setErrors(checked.errors);
    if (!checked.task) { focusFirstInvalid(form); return; }
    setSaving(true);
    const saved = await onSave(checked.task);
    setSaving(false);
    if (saved) onClose();
  };

  return (
    <form className="task-form" onSubmit={(event) => { void submit(event); }} noValidate>
      <h3>{heading}</h3>
      <FormField label={t('projectDetail.tasks.titleField')} error={problemText(errors.title)} required>
        {(props) => <input {...props} value={draft.title} maxLength={140} onChange={(event) => { set({ title: event.target.value }); }} />}
      </FormField>
      <FormField label={t('projectDetail.tasks.detailsField')} error={problemText(errors.details)}>
        {(props) => <textarea {...props} value={draft.details} maxLength={2000} onChange={(event) => { set({ details: event.target.value }); }} />}
      </FormField>
      <SkillChoice label={t('projectDetail.tasks.skillsField')} help={t('pinboard.form.skillsHelp')} chosen={draft.skills} suggested={projectSkills} names={skillNames} error={null} onChange={(chosen) => { set({ skills: chosen }); }} />
      <div className="form-row">
        <FormField label={t('projectDetail.tasks.hoursField')} error={problemText(errors.estimatedHours)}>
          {(props) => <input {...props} inputMode="decimal" autoComplete="off" value={draft.estimatedHours} onChange={(event) => { set({ estimatedHours: event.target.value }); }} />}
        </FormField>
        <FormField label={t('projectDetail.tasks.dueField')} error={problemText(errors.dueOn)}>
          {(props) => <input {...props} type="date" value={draft.dueOn} onChange={(event) => { set({ dueOn: event.target.value }); }} />}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>{t('projectDetail.tasks.save')}</button>
        <button type="button" onClick={onClose}>{t('projectDetail.cancel')}</button>
      </div>
    </form>
  );
}
