import { approvalOf, type VolunteerHoursFields } from '../schemas/project';
import type { Person } from './membership';

/**
 * Logging hours and approving them. A clean-up day is logged for several people at once: one
 * entry each, alike but for who. Entries wait for a host (`pending`); a host may log them
 * approved at once. Approval, one or in bulk, touches only entries still pending, so approving
 * a list twice, or on two host desks, writes nothing more.
 */

export interface HoursEntry {
  projectId: string | null;
  taskId: string | null;
  on: string;
  hours: number;
  note: string;
}

/** Who gave the hours, with the name the entry keeps for reports. */
export type HoursPerson = Person & { name: string };

export function hoursFor(people: readonly HoursPerson[], entry: HoursEntry, approved: { by: string | null; at: string } | null = null): VolunteerHoursFields[] {
  const seen = new Set<string>();
  return people.flatMap((person) => {
    const key = person.memberId ?? `c:${person.citizenId}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{
      ...entry,
      memberId: person.memberId,
      citizenId: person.citizenId,
      personName: person.name,
      approval: approved ? 'approved' : 'pending',
      approvedBy: approved?.by ?? null,
      approvedAt: approved?.at ?? null,
    }];
  });
}

/** The writes that approve the given entries: pending ones only. */
export function approvalWrites(
  entries: readonly (Pick<VolunteerHoursFields, 'approval'> & { id: string; deleted?: boolean })[],
  by: string | null,
  at: string,
): { id: string; fields: Pick<VolunteerHoursFields, 'approval' | 'approvedBy' | 'approvedAt'> }[] {
  return entries
    .filter((entry) => entry.deleted !== true && approvalOf(entry) === 'pending')
    .map((entry) => ({ id: entry.id, fields: { approval: 'approved', approvedBy: by, approvedAt: at } }));
}
