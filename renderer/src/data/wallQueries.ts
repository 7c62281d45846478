import { useLiveQuery } from 'dexie-react-hooks';
import { approvalOf, type Member, type Project } from '@core/schemas';
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
  /** Entries counted: a clean-up day for ten people is ten. */
  entries: number;
  /** The public projects they were given to. */
  projects: number;
}

/**
 * The approved hours on public projects in the span: what a public machine receives of them
 * (core/sync/roleProjection.ts, never whose they are), and so also what a host desk's tab opened
 * as a wall counts, so both show the same number.
 */
export function useCommunityHours(from: string, to: string): HoursTotal | undefined {
  const { db } = useDataContext();
  return useLiveQuery(async () => {
    const rows = (await db.volunteerHours.where('on').between(from, to, true, true).toArray())
      .filter((row) => !row.deleted && approvalOf(row) === 'approved' && row.projectId !== null);
    const projectIds = [...new Set(rows.map((row) => row.projectId ?? ''))];
    const publicIds = new Set((await db.projects.bulkGet(projectIds)).filter((project) => project !== undefined && !project.deleted && project.public).map((project) => project?.id));
    const counted = rows.filter((row) => publicIds.has(row.projectId ?? ''));
    return { hours: counted.reduce((sum, row) => sum + row.hours, 0), entries: counted.length, projects: new Set(counted.map((row) => row.projectId)).size };
  }, [db, from, to]);
}
