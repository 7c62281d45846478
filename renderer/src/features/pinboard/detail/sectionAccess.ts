import { canWriteTable } from '@core/sync/permissions';
import { isOpenToKiosk, isShownAtKiosk } from '@core/projects/kioskWrites';
import type { DeviceRole } from '@core/deviceRole';
import type { HoursRow, ProjectRow, TaskRow } from '../../../data/projects/pinboardQueries';
import { managesProject, type PinboardActor } from '../actor';

/**
 * What each section offers whom. A host desk may write everything; at the kiosk the checked-in
 * member writes only what the hub lets a kiosk write (core/sync/permissions.ts and
 * core/projects/kioskWrites.ts), so an owner standing at the kiosk reads their project there and
 * manages it on a host desk. A form is never offered that the hub would refuse and roll back.
 */

const roleOf = (actor: PinboardActor): DeviceRole => (actor.kind === 'host' ? 'host' : 'kiosk');

export const atKiosk = (actor: PinboardActor): actor is Extract<PinboardActor, { kind: 'member' }> => actor.kind === 'member';

/** Writing comments, replying, marking helpful and making a card of one: a host desk's. */
export function mayWriteFeedback(actor: PinboardActor): boolean {
  return canWriteTable(roleOf(actor), 'comments');
}

/** Helpful marks are the owner's or a host's, where comments may be written. */
export function mayMarkHelpful(actor: PinboardActor, project: ProjectRow): boolean {
  return managesProject(actor, project) && mayWriteFeedback(actor);
}

/** Making a concern its own card is a host's: it pins a project. */
export function mayMakeCard(actor: PinboardActor): boolean {
  return actor.kind === 'host' && canWriteTable('host', 'projects');
}

/** Adding, editing, finishing, reassigning and removing tasks: the owner or a host, where projects are managed. */
export function mayManageTasks(actor: PinboardActor, project: ProjectRow): boolean {
  return managesProject(actor, project) && canWriteTable(roleOf(actor), 'projects');
}

/** "I'll take it" for the member at the kiosk: an open task of a project still open to them. */
export function mayTakeTask(actor: PinboardActor, project: ProjectRow, task: TaskRow): boolean {
  return atKiosk(actor) && task.status === 'open' && isOpenToKiosk(project);
}

/** "I can't make it": the kiosk's member hands back a task that is theirs and not done. */
export function mayHandBack(actor: PinboardActor, project: ProjectRow, task: TaskRow): boolean {
  return atKiosk(actor) && task.status === 'taken' && task.assigneeMemberId === actor.memberId && isOpenToKiosk(project);
}

/** Approving hours and logging them for others: a host's. */
export function mayApproveHours(actor: PinboardActor): boolean {
  return actor.kind === 'host';
}

/** Finding helpers reads members' full records: a host desk only, never a public machine. */
export function mayFindHelpers(actor: PinboardActor): boolean {
  return actor.kind === 'host';
}

/**
 * The hour entries a reader sees by name: a host every one; the member at the kiosk only their
 * own (the kiosk holds others' hours as amounts only, without whose).
 */
export function hoursShownTo(actor: PinboardActor, hours: readonly HoursRow[]): HoursRow[] {
  return atKiosk(actor) ? hours.filter((row) => row.memberId === actor.memberId) : [...hours];
}

/** Logging hours: a host for anyone; the member at the kiosk for themselves, on a project the kiosk shows. */
export function mayLogHours(actor: PinboardActor, project: ProjectRow): boolean {
  return actor.kind === 'host' || isShownAtKiosk(project);
}
