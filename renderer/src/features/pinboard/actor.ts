import type { Person } from '@core/projects/membership';
import type { ProjectRow } from '../../data/projects/pinboardQueries';

/**
 * Who acts on the pinboard. On a host desk a host acts for the hub (and picks the people an
 * action is for); at the kiosk it is the member who checked in, for themselves only, within what
 * a kiosk may write (core/projects/kioskWrites.ts).
 */
export type PinboardActor =
  | { kind: 'host'; /** The host's own member profile, when the desk has one; null: the hub. */ memberId: string | null }
  | { kind: 'member'; memberId: string; name: string };

export function actorPerson(actor: Extract<PinboardActor, { kind: 'member' }>): Person & { name: string } {
  return { memberId: actor.memberId, citizenId: null, name: actor.name };
}

/** A host, or the project's owner, manages it: edits, stages, tasks, marks feedback helpful. */
export function managesProject(actor: PinboardActor, project: Pick<ProjectRow, 'ownerMemberId'>): boolean {
  return actor.kind === 'host' || actor.memberId === project.ownerMemberId;
}

/** The member id an action records as its author (the edit history, approvals). */
export function actingMemberId(actor: PinboardActor): string | null {
  return actor.memberId;
}
