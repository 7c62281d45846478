import type { ProjectMembershipFields } from '../schemas/project';

/**
 * Who is in a project. One membership per project and person on every machine: its id is made
 * from both, so "I'm in" pressed at the kiosk and on a host desk while one is offline is one
 * row (the later role wins per field) and a merge that moves people never doubles them.
 */

/** A member or a registered citizen. */
export type Person = { memberId: string; citizenId: null } | { memberId: null; citizenId: string };

export function personOf(row: Pick<ProjectMembershipFields, 'memberId' | 'citizenId'>): Person {
  return row.memberId !== null ? { memberId: row.memberId, citizenId: null } : { memberId: null, citizenId: row.citizenId ?? '' };
}

export function personKey(person: Person): string {
  return person.memberId !== null ? `m:${person.memberId}` : `c:${person.citizenId}`;
}

/** FNV-1a, 64 bits, as 16 hex digits: two uuids do not fit in one id (64 characters), their hash does. */
function fnv64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

export function membershipId(projectId: string, person: Person): string {
  return `${projectId}_${fnv64(personKey(person))}`;
}

const roleRank: Record<ProjectMembershipFields['role'], number> = { follower: 0, helper: 1, lead: 2 };

/** The stronger of two roles: in beats following, leading beats both. */
export function strongerRole(a: ProjectMembershipFields['role'], b: ProjectMembershipFields['role']): ProjectMembershipFields['role'] {
  return roleRank[a] >= roleRank[b] ? a : b;
}

/** People who are in (lead and helpers), not followers; the meter's count. */
export function peopleIn(memberships: readonly (Pick<ProjectMembershipFields, 'role'> & { deleted?: boolean })[]): number {
  return memberships.filter((row) => row.deleted !== true && row.role !== 'follower').length;
}
