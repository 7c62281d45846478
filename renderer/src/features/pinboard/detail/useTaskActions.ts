import { useTranslation } from 'react-i18next';
import type { Person } from '@core/projects/membership';
import { useDataContext } from '../../../app/services';
import type { TaskRow } from '../../../data/projects/pinboardQueries';
import { addTask, assignTask, editTask, handBackTask, removeTask, restoreTask, setTaskDone, takeTask, type TaskDraft, type TaskOutcome } from '../../../data/projects/taskRepo';
import type { Notice } from '../../../store/uiSlice';
import { useRunOutcome } from './useRunOutcome';

/** What the sections do with tasks: the kiosk's member takes and hands back, the owner or a host manages. */
export function useTaskActions(projectId: string) {
  const context = useDataContext();
  const { t } = useTranslation();
  const run = useRunOutcome();
  const say = (savedText: string, extra: Partial<Notice> = {}) => (outcome: TaskOutcome): Omit<Notice, 'id'> => {
    if (outcome.kind === 'gone') return { kind: 'error', text: t('projectDetail.tasks.gone') };
    if (outcome.kind === 'alreadyTaken') return { kind: 'attention', text: t('projectDetail.tasks.alreadyTaken') };
    return { kind: 'success', text: savedText, ...extra };
  };
  const restore = (task: TaskRow) => run(() => restoreTask(context, task.id), say(t('projectDetail.tasks.restored', { title: task.title })));

  return {
    add: (draft: TaskDraft) => run(() => addTask(context, projectId, draft), say(t('projectDetail.tasks.added', { title: draft.title }))),
    edit: (task: TaskRow, draft: TaskDraft) => run(() => editTask(context, task.id, draft), say(t('projectDetail.tasks.saved', { title: draft.title }))),
    take: (task: TaskRow, person: Person) => run(() => takeTask(context, task.id, person), say(t('projectDetail.tasks.taken', { title: task.title }))),
    handBack: (task: TaskRow) => run(() => handBackTask(context, task.id), say(t('projectDetail.tasks.handedBack', { title: task.title }))),
    setDone: (task: TaskRow, done: boolean) =>
      run(() => setTaskDone(context, task.id, done), say(t(done ? 'projectDetail.tasks.markedDone' : 'projectDetail.tasks.reopened', { title: task.title }))),
    assign: (task: TaskRow, person: Person | null, name: string | null) =>
      run(() => assignTask(context, task.id, person), say(name === null ? t('projectDetail.tasks.backToOpen', { title: task.title }) : t('projectDetail.tasks.assigned', { title: task.title, name }))),
    remove: (task: TaskRow) =>
      run(async () => { await removeTask(context, task.id); return { kind: 'saved', id: task.id } as const; },
        say(t('projectDetail.tasks.removed', { title: task.title }), { undo: () => { void restore(task); } })),
  };
}
