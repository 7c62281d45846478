import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSkills } from '../../../data/liveQueries';
import { useSkillNames } from '../../members/useSkillNames';
import type { DetailSectionProps } from './detailSection';
import { mayManageTasks } from './sectionAccess';
import { TaskForm } from './TaskForm';
import { TaskItem } from './TaskItem';
import { emptyTaskDraft } from './taskDraft';
import { usePersonNames } from './usePersonNames';
import { useTaskActions } from './useTaskActions';
import './projectDetail.css';

const STATUS_ORDER = { open: 0, taken: 1, done: 2 } as const;

/**
 * The project's tasks, open ones first, each with the skills it needs shown before anyone
 * signs up. The member at the kiosk takes one or hands theirs back; the owner or a host adds,
 * edits, finishes, reassigns and removes (with undo).
 */
export function TasksSection({ detail, actor }: DetailSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { project } = detail;
  const [adding, setAdding] = useState(false);
  const skills = useSkills();
  const skillNames = useSkillNames(skills ?? []);
  const tasks = useMemo(() => [...detail.tasks].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999')), [detail.tasks]);
  const names = usePersonNames(actor, useMemo(() => tasks.map((task) => task.assigneeMemberId), [tasks]));
  const actions = useTaskActions(project.id);
  const manage = mayManageTasks(actor, project);
  return (
    <section className="detail-section tasks-section" aria-labelledby={headingId}>
      <div className="section-heading">
        <h2 id={headingId}>{t('projectDetail.tasks.title')}</h2>
        {manage && !adding && <button type="button" onClick={() => { setAdding(true); }}>{t('projectDetail.tasks.add')}</button>}
      </div>
      {adding && (
        <TaskForm heading={t('projectDetail.tasks.addTitle')} initial={emptyTaskDraft()} projectSkills={project.wantedSkills} skillNames={skillNames} onSave={actions.add} onClose={() => { setAdding(false); }} />
      )}
      {tasks.length === 0
        ? <p className="muted">{t(manage ? 'projectDetail.tasks.noneYetManage' : 'projectDetail.tasks.noneYet')}</p>
        : (
          <ul className="task-list">
            {tasks.map((task) => <TaskItem key={task.id} task={task} project={project} actor={actor} manage={manage} names={names} skillNames={skillNames} actions={actions} />)}
          </ul>
        )}
    </section>
  );
}
