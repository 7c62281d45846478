import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../../app/formatting';
import type { TaskRow } from '../../../data/projects/pinboardQueries';
import { actorPerson, type PinboardActor } from '../actor';
import { checkHoursDraft, emptyHoursDraft, hoursDaysFor, type HoursErrors } from './hoursDraft';
import type { useHoursActions } from './useHoursActions';
import { useHubToday } from './useHubToday';
import { useProblemText } from './useProblemText';

const QUICK_HOURS = ['1', '2', '3', '4'] as const;

/**
 * The checked-in member logs their own hours in three taps: "Log my hours", an amount, "Log".
 * Today is the hub's today; another day of the last month and another amount are one step away.
 */
export function KioskHoursLog({ projectId, tasks, actor, actions }: {
  projectId: string;
  /** The project's tasks: the member may say which of their own the hours were for. */
  tasks: readonly TaskRow[];
  actor: Extract<PinboardActor, { kind: 'member' }>;
  actions: ReturnType<typeof useHoursActions>;
}) {
  const { t } = useTranslation();
  const format = useFormatting();
  const problemText = useProblemText();
  const today = useHubToday();
  const days = hoursDaysFor(actor, today);
  const dayId = useId();
  const otherId = useId();
  const taskId = useId();
  const mine = tasks.filter((task) => task.assigneeMemberId === actor.memberId);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(() => emptyHoursDraft(today, [actorPerson(actor)]));
  const [otherDay, setOtherDay] = useState(false);
  const [errors, setErrors] = useState<HoursErrors>({});
  const [saving, setSaving] = useState(false);
  const close = () => { setOpen(false); setOtherDay(false); setErrors({}); setDraft(emptyHoursDraft(today, [actorPerson(actor)])); };

  if (!open) return <button type="button" className="primary kiosk-log-hours" onClick={() => { setOpen(true); }}>{t('projectDetail.hours.logMine')}</button>;

  const log = async () => {
    const checked = checkHoursDraft(draft, projectId, days);
    setErrors(checked.errors);
    if (!checked.entry) return;
    setSaving(true);
    const saved = await actions.log(draft.people, checked.entry, false);
    setSaving(false);
    if (saved) close();
  };

  return (
    <div className="kiosk-hours" role="group" aria-label={t('projectDetail.hours.logMine')}>
      <p className="kiosk-hours-day">{draft.on === today ? t('projectDetail.hours.forToday', { day: format.localDateLong(today) }) : t('projectDetail.hours.forDay', { day: format.localDateLong(draft.on) })}</p>
      <div className="quick-hours" role="group" aria-label={t('projectDetail.hours.howMany')}>
        {QUICK_HOURS.map((amount) => (
          <button key={amount} type="button" aria-pressed={draft.hours === amount} onClick={() => { setDraft({ ...draft, hours: amount }); }}>{format.hours(Number(amount))}</button>
        ))}
      </div>
      <div className="field">
        <label htmlFor={otherId}>{t('projectDetail.hours.otherAmount')}</label>
        <input id={otherId} inputMode="decimal" autoComplete="off" value={QUICK_HOURS.some((amount) => amount === draft.hours) ? '' : draft.hours} aria-invalid={Boolean(errors.hours)} onChange={(event) => { setDraft({ ...draft, hours: event.target.value }); }} />
      </div>
      {errors.hours && <p className="field-error" role="alert">{problemText(errors.hours)}</p>}
      {otherDay
        ? (
          <div className="field">
            <label htmlFor={dayId}>{t('projectDetail.hours.day')}</label>
            <input id={dayId} type="date" min={days.earliest ?? undefined} max={today} value={draft.on} aria-invalid={Boolean(errors.on)} onChange={(event) => { setDraft({ ...draft, on: event.target.value }); }} />
          </div>
        )
        : <button type="button" className="link-button" onClick={() => { setOtherDay(true); }}>{t('projectDetail.hours.anotherDay')}</button>}
      {errors.on && <p className="field-error" role="alert">{problemText(errors.on)}</p>}
      {mine.length > 0 && (
        <div className="field">
          <label htmlFor={taskId}>{t('projectDetail.hours.yourTask')}</label>
          <select id={taskId} value={draft.taskId ?? ''} onChange={(event) => { setDraft({ ...draft, taskId: event.target.value || null }); }}>
            <option value="">{t('projectDetail.hours.noTask')}</option>
            {mine.map((task) => <option key={task.id} value={task.id}>{task.title}</option>)}
          </select>
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="primary" disabled={saving || draft.hours === ''} onClick={() => { void log(); }}>{t('projectDetail.hours.logIt')}</button>
        <button type="button" onClick={close}>{t('projectDetail.cancel')}</button>
      </div>
      <p className="muted">{t('projectDetail.hours.hostApproves')}</p>
    </div>
  );
}
