import { personOf, type Person } from '@core/projects/membership';
import type { MembershipRow } from '../../data/projects/pinboardQueries';
import type { PinboardActor } from './actor';
import { usePersonNames } from './detail/usePersonNames';

export interface GroupPerson {
  membershipId: string;
  person: Person;
  role: MembershipRow['role'];
  /** The name as the reader's screen shows names; null while it is read, or for a citizen this machine does not hold. */
  name: string | null;
}

const roleOrder = { lead: 0, helper: 1, follower: 2 } as const;

/** The people of a project with their names, the lead first, then who is in, then who follows. */
export function useGroupPeople(memberships: readonly MembershipRow[], actor: PinboardActor): GroupPerson[] {
  const names = usePersonNames(actor, memberships.map((row) => row.memberId));
  return memberships
    .map((row) => {
      const person = personOf(row);
      return { membershipId: row.id, person, role: row.role, name: names.nameOf(person) };
    })
    .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || (a.name ?? '').localeCompare(b.name ?? ''));
}
