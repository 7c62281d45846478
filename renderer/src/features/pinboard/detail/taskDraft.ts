import type { TaskDraft } from '../../../data/projects/taskRepo';
import type { TaskRow } from '../../../data/projects/pinboardQueries';
import { amountText, fieldProblem, parseAmount, type FieldProblem } from './fieldCheck';

/** A task as its form holds it: amounts and dates as typed, so nothing is lost to a parse. */
export interface TaskFormDraft {
  title: string;
  details: string;
  /** Skill ids of the shared vocabulary. */
  skills: string[];
  estimatedHours: string;
  /** "YYYY-MM-DD" from a date field, or ''. */
  dueOn: string;
}

export type TaskField = 'title' | 'details' | 'estimatedHours' | 'dueOn';
export type TaskErrors = Partial<Record<TaskField, FieldProblem>>;

export function emptyTaskDraft(skills: readonly string[] = []): TaskFormDraft {
  return { title: '', details: '', skills: [...skills], estimatedHours: '', dueOn: '' };
}

export function taskDraftOf(task: TaskRow, decimalSign: '.' | ','): TaskFormDraft {
  return { title: task.title, details: task.details, skills: [...task.wantedSkills], estimatedHours: amountText(task.estimatedHours, decimalSign), dueOn: task.dueOn ?? '' };
}

/** The draft's problems by field (by the tasks table's own schema), or the task to save when there are none. */
export function checkTaskDraft(draft: TaskFormDraft): { errors: TaskErrors; task: TaskDraft | null } {
  const hoursTyped = draft.estimatedHours.trim() !== '';
  const hours = hoursTyped ? parseAmount(draft.estimatedHours) : null;
  const dueOn = draft.dueOn.trim() === '' ? null : draft.dueOn.trim();
  const errors: TaskErrors = {};
  const checks: [TaskField, FieldProblem | null][] = [
    ['title', fieldProblem('tasks', 'title', draft.title)],
    ['details', fieldProblem('tasks', 'details', draft.details)],
    ['estimatedHours', hoursTyped && hours === null ? 'notANumber' : fieldProblem('tasks', 'estimatedHours', hours)],
    ['dueOn', fieldProblem('tasks', 'dueOn', dueOn)],
  ];
  for (const [field, problem] of checks) if (problem) errors[field] = problem;
  if (Object.keys(errors).length > 0) return { errors, task: null };
  return {
    errors,
    task: { title: draft.title.trim(), details: draft.details.trim(), wantedSkills: [...new Set(draft.skills)], estimatedHours: hours, dueOn },
  };
}
