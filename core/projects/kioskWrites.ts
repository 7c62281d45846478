import type { SyncedRow, RecordChange } from '../sync/merge';
import type { Refusal } from '../sync/refusals';
import { addLocalDays, zonedDateOf } from '../time/zonedTime';
import { membershipId } from './membership';

/**
 * What a kiosk may write of projects, for the member who checked in there (card or PIN): join
 * ("I'm in") or follow a public project, switch between the two or leave; take an open task of
 * a public project or hand one back; log pending hours on a public project. Everything else (a
 * project itself, comments, approvals, citizens, merges, pledges, the edit history) is a host
 * desk's. The kiosk cannot prove to the hub which member stood at it, as with check-ins: what
 * it may write is bounded instead, so a hostile kiosk can at worst add pending hours a host
 * must approve, or join members to projects the wall shows anyway. docs/sync-protocol.md, Push 6.
 */

/** The hub's copy of a project, for the check of a kiosk's write; null when it has none. */
export type ProjectLookup = (projectId: string) => SyncedRow | null;

interface KioskContext {
  now: Date;
  timeZone: string;
  projectOf: ProjectLookup;
}

/** Hours logged at the kiosk are for a day of the last month, up to the hub's today. */
export const KIOSK_HOURS_MAX_AGE_DAYS = 31;

const kioskCannot: Refusal = { code: 'roleCannotWrite', params: { role: 'kiosk' } };

const onlyFields = (change: RecordChange, allowed: readonly string[]) => Object.keys(change.fields).every((field) => allowed.includes(field));
const isId = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isNone = (value: unknown) => value === undefined || value === null;

type KioskProjectFields = { public?: unknown; status?: unknown; continuedIn?: unknown; deleted?: boolean };

/** A project the kiosk shows: public, and not merged into another. */
export function isShownAtKiosk(project: KioskProjectFields): boolean {
  return project.deleted !== true && project.public === true && isNone(project.continuedIn);
}

/** One a member may still join or take a task of: not done. Hours may be logged on a done one (the day after the clean-up). */
export function isOpenToKiosk(project: KioskProjectFields): boolean {
  return isShownAtKiosk(project) && project.status !== 'done';
}

/** The hub's copy of a project the kiosk shows, or null. */
function publicProject(projectId: unknown, projectOf: ProjectLookup): SyncedRow | null {
  if (!isId(projectId)) return null;
  const project = projectOf(projectId);
  return project !== null && isShownAtKiosk(project) ? project : null;
}

function openPublicProject(projectId: unknown, projectOf: ProjectLookup): boolean {
  const project = publicProject(projectId, projectOf);
  return project !== null && isOpenToKiosk(project);
}

export function kioskProjectRefusal(change: RecordChange, current: SyncedRow | undefined, context: KioskContext): Refusal | null {
  const allowed =
    change.table === 'projectMemberships' ? membershipAllowed(change, current, context)
    : change.table === 'tasks' ? taskAllowed(change, current, context)
    : change.table === 'volunteerHours' ? hoursAllowed(change, current, context)
    : false;
  return allowed ? null : kioskCannot;
}

const MEMBERSHIP_FIELDS = ['projectId', 'memberId', 'citizenId', 'role', 'joinedAt', 'deleted'];
const kioskRoles = new Set(['helper', 'follower']);

function membershipAllowed(change: RecordChange, current: SyncedRow | undefined, { projectOf }: KioskContext): boolean {
  const { fields } = change;
  if (current && !current.deleted) {
    // Switch between in and following, or leave; a lead is a host's to change.
    if (!isId(current.memberId) || !kioskRoles.has(String(current.role)) || !openPublicProject(current.projectId, projectOf)) return false;
    if (!onlyFields(change, ['role', 'deleted'])) return false;
    return ('role' in fields ? kioskRoles.has(String(fields.role)) : true) && (!('deleted' in fields) || fields.deleted === true);
  }
  // Join or follow, also again after leaving (a tombstone brought back with deleted: false).
  const { projectId, memberId } = fields;
  if (!onlyFields(change, MEMBERSHIP_FIELDS) || !isId(memberId) || !isNone(fields.citizenId) || !kioskRoles.has(String(fields.role))) return false;
  if (current && fields.deleted !== false) return false;
  if (current && (current.projectId !== projectId || current.memberId !== memberId)) return false;
  return change.recordId === membershipId(String(projectId), { memberId, citizenId: null }) && openPublicProject(projectId, projectOf);
}

function taskAllowed(change: RecordChange, current: SyncedRow | undefined, { projectOf }: KioskContext): boolean {
  const { fields } = change;
  if (!current || current.deleted || !openPublicProject(current.projectId, projectOf)) return false;
  if (!onlyFields(change, ['status', 'assigneeMemberId', 'assigneeCitizenId']) || !isNone(fields.assigneeCitizenId)) return false;
  // "I'll take it": an open task gets a member.
  if (current.status === 'open') return fields.status === 'taken' && isId(fields.assigneeMemberId);
  // "I can't make it": a member's task goes back to open, with nobody on it.
  if (current.status === 'taken') return isId(current.assigneeMemberId) && fields.status === 'open' && fields.assigneeMemberId === null;
  return false;
}

const HOURS_FIELDS = ['memberId', 'personName', 'projectId', 'on', 'hours', 'note', 'taskId', 'citizenId', 'approval', 'approvedBy', 'approvedAt'];

function hoursAllowed(change: RecordChange, current: SyncedRow | undefined, { now, timeZone, projectOf }: KioskContext): boolean {
  const { fields } = change;
  if (current || !onlyFields(change, HOURS_FIELDS)) return false;
  if (!isId(fields.memberId) || !isNone(fields.citizenId) || fields.approval !== 'pending' || !isNone(fields.approvedBy) || !isNone(fields.approvedAt)) return false;
  const today = zonedDateOf(now, timeZone);
  const { on } = fields;
  if (typeof on !== 'string' || on > today || on < addLocalDays(today, -KIOSK_HOURS_MAX_AGE_DAYS)) return false;
  return publicProject(fields.projectId, projectOf) !== null;
}
