import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { commentKindOf } from '@core/projects/feedback';
import { commentKinds } from '@core/schemas';
import { useHubSettings, useMember } from '../../../data/liveQueries';
import { useCitizens, type CommentRow } from '../../../data/projects/pinboardQueries';
import { FormField } from '../../members/FormField';
import { focusFirstInvalid } from '../../settings/useSettingsFormSubmit';
import { AuthorChooser } from './AuthorChooser';
import { checkFeedbackDraft, emptyFeedbackDraft, type FeedbackDraft, type FeedbackErrors } from './feedbackDraft';
import { useFeedbackActions } from './useFeedbackActions';
import { useProblemText } from './useProblemText';

/**
 * A host desk writes down what someone said: an idea to add, a concern or a question, or a
 * reply to a thread (`parent`, which sits in its thread's column). What was typed stays until saved.
 */
export function FeedbackForm({ projectId, parent = null, onClose }: { projectId: string; parent?: CommentRow | null; onClose?: () => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const actions = useFeedbackActions(projectId);
  const [draft, setDraft] = useState<FeedbackDraft>(() => emptyFeedbackDraft(parent ? commentKindOf(parent.kind) : 'idea', { kind: 'hub' }));
  const [errors, setErrors] = useState<FeedbackErrors>({});
  const [saving, setSaving] = useState(false);
  const kindName = useId();
  const member = useMember(draft.author.kind === 'member' ? draft.author.memberId : null);
  const citizens = useCitizens();
  const hub = useHubSettings().name;
  const names = {
    hub,
    member: (id: string) => (member?.id === id ? member.name : undefined),
    citizen: (id: string) => citizens?.find((citizen) => citizen.id === id)?.name,
  };

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const checked = checkFeedbackDraft(draft, names);
    setErrors(checked.errors);
    if (!checked.author) { focusFirstInvalid(form); return; }
    setSaving(true);
    const saved = await actions.add(draft.kind, checked.body, checked.author, parent?.id ?? null);
    setSaving(false);
    if (!saved) return;
    setDraft((current) => ({ ...current, body: '' }));
    onClose?.();
  };

  return (
    <form className={parent ? 'feedback-form feedback-reply' : 'feedback-form'} onSubmit={(event) => { void submit(event); }} noValidate>
      {!parent && <h3>{t('projectDetail.feedback.formTitle')}</h3>}
      {!parent && (
        <fieldset className="radio-row">
          <legend>{t('projectDetail.feedback.kindLegend')}</legend>
          {commentKinds.map((kind) => (
            <label key={kind} className="radio-field">
              <input type="radio" name={kindName} checked={draft.kind === kind} onChange={() => { setDraft({ ...draft, kind }); }} />
              <span>{t(`projectDetail.feedback.kind.${kind}`)}</span>
            </label>
          ))}
        </fieldset>
      )}
      <FormField label={t(parent ? 'projectDetail.feedback.replyText' : 'projectDetail.feedback.text')} error={problemText(errors.body)} required>
        {(props) => <textarea {...props} value={draft.body} maxLength={4000} onChange={(event) => { setDraft({ ...draft, body: event.target.value }); }} />}
      </FormField>
      <AuthorChooser choice={draft.author} memberName={member?.name} error={problemText(errors.author)} onChange={(author) => { setDraft({ ...draft, author }); }} />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={saving}>{t(parent ? 'projectDetail.feedback.sendReply' : 'projectDetail.feedback.add')}</button>
        {onClose && <button type="button" onClick={onClose}>{t('projectDetail.cancel')}</button>}
      </div>
    </form>
  );
}
