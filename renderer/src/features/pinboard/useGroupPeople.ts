import { publicShortName } from '@core/kiosk/kioskNameSearch';
import { personOf, type Person } from '@core/projects/membership';
import { useMembersByIds } from '../../data/liveQueries';
import { useCitizens, type MembershipRow } from '../../data/projects/pinboardQueries';

export interface GroupPerson {
  membershipId: string;
  person: Person;
  role: MembershipRow['role'];
  /** The member's or citizen's name; null while it is read, or for a citizen this machine does not hold. */
  name: string | null;
}

const roleOrder = { lead: 0, helper: 1, follower: 2 } as const;

/**
 * The people of a project with their names, the lead first, then who is in, then who follows.
 * `publicScreen`: a member's name as public screens write it (first name, last initial).
 */
export function useGroupPeople(memberships: readonly MembershipRow[], publicScreen: boolean): GroupPerson[] {
  const members = useMembersByIds(memberships.flatMap((row) => row.memberId ?? []));
  const citizens = useCitizens();
  const memberNames = new Map((members ?? []).map((member) => [member.id, publicScreen ? publicShortName(member.name) : member.name]));
  const citizenNames = new Map((citizens ?? []).map((citizen) => [citizen.id, citizen.name]));
  return memberships
    .map((row) => {
      const person = personOf(row);
      const name = person.memberId !== null ? memberNames.get(person.memberId) : citizenNames.get(person.citizenId);
      return { membershipId: row.id, person, role: row.role, name: name ?? null };
    })
    .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || (a.name ?? '').localeCompare(b.name ?? ''));
}
