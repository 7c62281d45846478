import type { HoursEntry, HoursPerson } from '@core/projects/hours';
import { KIOSK_HOURS_MAX_AGE_DAYS } from '@core/projects/kioskWrites';
import { addLocalDays, type LocalDate } from '@core/time/zonedTime';
import type { PinboardActor } from '../actor';
import { fieldProblem, parseAmount, type FieldProblem } from './fieldCheck';

/** Hours as the form holds them: the amount as typed, so nothing typed is lost to a parse. */
export interface HoursDraft {
  on: LocalDate;
  hours: string;
  note: string;
  taskId: string | null;
  people: HoursPerson[];
  /** A host logs them approved at once. */
  approveNow: boolean;
}

export type HoursField = 'on' | 'hours' | 'note' | 'people';
export type HoursProblem = FieldProblem | 'nobody';
export type HoursErrors = Partial<Record<HoursField, HoursProblem>>;

/** The days hours may be logged for: up to the hub's today, and at the kiosk the last month only (the hub's kiosk check). */
export interface HoursDays {
  today: LocalDate;
  earliest: LocalDate | null;
}

export function hoursDaysFor(actor: PinboardActor, today: LocalDate): HoursDays {
  return { today, earliest: actor.kind === 'member' ? addLocalDays(today, -KIOSK_HOURS_MAX_AGE_DAYS) : null };
}

export function emptyHoursDraft(today: LocalDate, people: HoursPerson[] = []): HoursDraft {
  return { on: today, hours: '', note: '', taskId: null, people, approveNow: false };
}

function dayProblem(on: string, days: HoursDays): HoursProblem | null {
  const problem = fieldProblem('volunteerHours', 'on', on);
  if (problem) return problem;
  if (on > days.today) return 'inFuture';
  return days.earliest !== null && on < days.earliest ? 'tooOld' : null;
}

/** The draft's problems by field, or the entry to log when there are none. */
export function checkHoursDraft(draft: HoursDraft, projectId: string, days: HoursDays): { errors: HoursErrors; entry: HoursEntry | null } {
  const hours = parseAmount(draft.hours);
  const errors: HoursErrors = {};
  const people = draft.people.length === 0 ? 'nobody' : null;
  const amount = draft.hours.trim() === '' ? 'required' : hours === null ? 'notANumber' : fieldProblem('volunteerHours', 'hours', hours);
  const checks: [HoursField, HoursProblem | null][] = [
    ['people', people], ['hours', amount], ['on', dayProblem(draft.on, days)], ['note', fieldProblem('volunteerHours', 'note', draft.note)],
  ];
  for (const [field, problem] of checks) if (problem) errors[field] = problem;
  if (Object.keys(errors).length > 0 || hours === null) return { errors, entry: null };
  return { errors, entry: { projectId, taskId: draft.taskId, on: draft.on, hours, note: draft.note.trim() } };
}
