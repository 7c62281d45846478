import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskRow } from '../../../data/projects/pinboardQueries';
import { FormField } from '../../members/FormField';
import { focusFirstInvalid } from '../../settings/useSettingsFormSubmit';
import { checkHoursDraft, emptyHoursDraft, hoursDaysFor, type HoursDraft, type HoursErrors } from './hoursDraft';
import { PersonPicker } from './PersonPicker';
import type { useHoursActions } from './useHoursActions';
import { useHubToday } from './useHubToday';
import { useProblemText } from './useProblemText';

/** A host logs hours for one person or several at once (a clean-up day), optionally approved at once. */
export function HostHoursForm({ projectId, tasks, actions, onClose }: {
  projectId: string;
  tasks: readonly TaskRow[];
  actions: ReturnType<typeof useHoursActions>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const today = useHubToday();
  const taskId = useId();
  const [draft, setDraft] = useState<HoursDraft>(() => emptyHoursDraft(today));
  const [errors, setErrors] = useState<HoursErrors>({});
  const [saving, setSaving] = useState(false);
  const set = (fields: Partial<HoursDraft>) => { setDraft((current) => ({ ...current, ...fields })); };

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkHoursDraft(draft, projectId, hoursDaysFor({ kind: 'host', memberId: null }, today));
    setErrors(checked.errors);
    if (!checked.entry) { focusFirstInvalid(form); return; }
    setSaving(true);
    const saved = await actions.log(draft.people, checked.entry, draft.approveNow);
    setSaving(false);
    if (saved) onClose();
  };

  return (
    <form className="hours-form" onSubmit={(event) => { void submit(event); }} noValidate>
      <h3>{t('projectDetail.hours.formTitle')}</h3>
      <PersonPicker label={t('projectDetail.hours.whoGave')} help={t('projectDetail.hours.whoGaveHelp')} people={draft.people} error={problemText(errors.people)} onChange={(people) => { set({ people }); }} />
      <div className="form-row">
        <FormField label={t('projectDetail.hours.day')} error={problemText(errors.on)} required>
          {(props) => <input {...props} type="date" max={today} value={draft.on} onChange={(event) => { set({ on: event.target.value }); }} />}
        </FormField>
        <FormField label={t('projectDetail.hours.hoursEach')} error={problemText(errors.hours)} required>
          {(props) => <input {...props} inputMode="decimal" autoComplete="off" value={draft.hours} onChange={(event) => { set({ hours: event.target.value }); }} />}
        </FormField>
      </div>
      {tasks.length > 0 && (
        <div className="field">
          <label htmlFor={taskId}>{t('projectDetail.hours.task')}</label>
          <select id={taskId} value={draft.taskId ?? ''} onChange={(event) => { set({ taskId: event.target.value || null }); }}>
            <option value="">{t('projectDetail.hours.noTask')}</option>
            {tasks.map((task) => <option key={task.id} value={task.id}>{task.title}</option>)}
          </select>
        </div>
      )}
      <FormField label={t('projectDetail.hours.note')} error={problemText(errors.note)}>
        {(props) => <input {...props} maxLength={500} value={draft.note} onChange={(event) => { set({ note: event.target.value }); }} />}
      </FormField>
      <label className="check-field">
        <input type="checkbox" checked={draft.approveNow} onChange={(event) => { set({ approveNow: event.target.checked }); }} />
        <span>{t('projectDetail.hours.approveNow')}</span>
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>{t('projectDetail.hours.log', { count: Math.max(1, draft.people.length) })}</button>
        <button type="button" onClick={onClose}>{t('projectDetail.cancel')}</button>
      </div>
    </form>
  );
}
