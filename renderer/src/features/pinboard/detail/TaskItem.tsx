import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../../app/formatting';
import type { ProjectRow, TaskRow } from '../../../data/projects/pinboardQueries';
import { actorPerson, type PinboardActor } from '../actor';
import { mayHandBack, mayTakeTask } from './sectionAccess';
import { TaskAssign } from './TaskAssign';
import { taskDraftOf } from './taskDraft';
import { TaskForm } from './TaskForm';
import type { useTaskActions } from './useTaskActions';
import type { PersonNames } from './usePersonNames';

const STATUS_ICON = { open: '○', taken: '●', done: '✓' } as const;

function TaskStatus({ task, actor, names }: { task: TaskRow; actor: PinboardActor; names: PersonNames }) {
  const { t } = useTranslation();
  const mine = actor.kind === 'member' && task.assigneeMemberId === actor.memberId;
  const name = names.nameOf({ memberId: task.assigneeMemberId, citizenId: task.assigneeCitizenId });
  const text = task.status === 'open' ? t('projectDetail.tasks.status.open')
    : mine ? t(task.status === 'done' ? 'projectDetail.tasks.status.doneByYou' : 'projectDetail.tasks.status.takenByYou')
    : name === null ? t(`projectDetail.tasks.status.${task.status}`)
    : t(task.status === 'done' ? 'projectDetail.tasks.status.doneBy' : 'projectDetail.tasks.status.takenBy', { name });
  return <p className={`task-status task-${task.status}`}><span aria-hidden="true">{STATUS_ICON[task.status]} </span>{text}</p>;
}

/** One task: what it needs, when, and who has it; the kiosk's member takes or hands it back, a manager the rest. */
export function TaskItem({ task, project, actor, manage, names, skillNames, actions }: {
  task: TaskRow;
  project: ProjectRow;
  actor: PinboardActor;
  manage: boolean;
  names: PersonNames;
  skillNames: ReadonlyMap<string, string>;
  actions: ReturnType<typeof useTaskActions>;
}) {
  const { t } = useTranslation();
  const format = useFormatting();
  const [mode, setMode] = useState<'view' | 'edit' | 'assign'>('view');
  if (mode === 'edit') {
    return (
      <li className="task-item">
        <TaskForm heading={t('projectDetail.tasks.editTitle', { title: task.title })} initial={taskDraftOf(task, format.decimalSign)} projectSkills={project.wantedSkills} skillNames={skillNames} onSave={(draft) => actions.edit(task, draft)} onClose={() => { setMode('view'); }} />
      </li>
    );
  }
  return (
    <li className={`task-item task-item-${task.status}`}>
      <h3 className="task-title">{task.title}</h3>
      {task.details !== '' && <p className="task-details">{task.details}</p>}
      <dl className="task-facts">
        <div><dt>{t('projectDetail.tasks.needs')}</dt><dd>{task.wantedSkills.length === 0 ? t('projectDetail.tasks.anySkill') : (
          <ul className="chips">{task.wantedSkills.map((skill) => <li key={skill} className="chip">{skillNames.get(skill) ?? skill}</li>)}</ul>
        )}</dd></div>
        {task.estimatedHours != null && <div><dt>{t('projectDetail.tasks.estimate')}</dt><dd>{format.hours(task.estimatedHours)}</dd></div>}
        {task.dueOn !== null && <div><dt>{t('projectDetail.tasks.due')}</dt><dd>{format.localDateLong(task.dueOn)}</dd></div>}
      </dl>
      <TaskStatus task={task} actor={actor} names={names} />
      <div className="row-actions">
        {actor.kind === 'member' && mayTakeTask(actor, project, task) && <button type="button" className="primary" onClick={() => { void actions.take(task, actorPerson(actor)); }}>{t('projectDetail.tasks.take')}</button>}
        {actor.kind === 'member' && mayHandBack(actor, project, task) && <button type="button" onClick={() => { void actions.handBack(task); }}>{t('projectDetail.tasks.handBack')}</button>}
        {manage && mode === 'view' && (
          <>
            <button type="button" onClick={() => { void actions.setDone(task, task.status !== 'done'); }}>{t(task.status === 'done' ? 'projectDetail.tasks.reopen' : 'projectDetail.tasks.markDone')}</button>
            <button type="button" onClick={() => { setMode('assign'); }}>{t(task.status === 'open' ? 'projectDetail.tasks.assign' : 'projectDetail.tasks.reassign')}</button>
            <button type="button" onClick={() => { setMode('edit'); }}>{t('projectDetail.tasks.edit')}</button>
            <button type="button" className="danger-quiet" onClick={() => { void actions.remove(task); }}>{t('projectDetail.tasks.remove')}</button>
          </>
        )}
      </div>
      {mode === 'assign' && <TaskAssign taken={task.status !== 'open'} onAssign={(person, name) => actions.assign(task, person, name)} onClose={() => { setMode('view'); }} />}
    </li>
  );
}
