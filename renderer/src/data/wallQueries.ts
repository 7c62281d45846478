import { useLiveQuery } from 'dexie-react-hooks';
import type { Member, Project } from '@core/schemas';
import { useDataContext } from '../app/services';

/**
 * The wall display's own reads (features/wall). Each is bounded, whatever the size of the hub:
 * a wall runs for days and must not read 150,000 members on every change.
 */

/** How many of the newest member rows the wall looks at to find the few it shows. */
const NEWEST_LOOKED_AT = 60;

/**
 * The most recently added active members, newest first: ids are time-ordered (core/ids.ts), so
 * the primary key read backwards gives them without an index of their own.
 */
export function useNewestMembers(count: number): Member[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(async () => {
    const rows = await db.members.reverse().limit(NEWEST_LOOKED_AT).toArray();
    return rows.filter((member) => !member.deleted && member.active).slice(0, count);
  }, [db, count]);
}

/** The stages in which a project still takes people; done (and any stage added later) is not asked for. */
const OPEN_STAGES: readonly string[] = ['idea', 'gathering', 'running'];

/** Public projects that still take people, newest first: members-only projects never reach the wall's screen. */
export function useOpenPublicProjects(): Project[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(async () => {
    const rows = await db.projects.filter((project) => !project.deleted && project.public && OPEN_STAGES.includes(project.status)).toArray();
    return rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, [db]);
}

/** The hours given to the community on the days from `from` to `to` (the hub's calendar days, both included). */
export interface HoursTotal {
  hours: number;
  /** Entries logged: a clean-up day for ten people is ten. */
  entries: number;
  /** People who gave them, by member or by name. */
  people: number;
}

export function useCommunityHours(from: string, to: string): HoursTotal | undefined {
  const { db } = useDataContext();
  return useLiveQuery(async () => {
    const rows = (await db.volunteerHours.where('on').between(from, to, true, true).toArray()).filter((row) => !row.deleted);
    const people = new Set(rows.map((row) => row.memberId ?? `name:${row.personName.trim().toLowerCase()}`));
    return { hours: rows.reduce((sum, row) => sum + row.hours, 0), entries: rows.length, people: people.size };
  }, [db, from, to]);
}
