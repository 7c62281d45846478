import { useLiveQuery } from 'dexie-react-hooks';
import { peopleIn } from '@core/projects/membership';
import { nextStep, type NextStep, type ProjectProgress } from '@core/projects/stages';
import { projectViewOf, type ProjectView, type RowOf } from '@core/schemas';
import { useDataContext } from '../../app/services';
import type { LandhubDatabase } from '../database';

/**
 * The pinboard's reads: every live project as a card (its group and tasks counted), and one
 * project whole for its detail view. Tombstones never leave this file.
 */

export type ProjectRow = ProjectView & { id: string };
export type MembershipRow = RowOf<'projectMemberships'>;
export type TaskRow = RowOf<'tasks'>;
export type CommentRow = RowOf<'comments'>;
export type HoursRow = RowOf<'volunteerHours'>;
export type EditRow = RowOf<'projectEdits'>;

export interface PinboardCard {
  project: ProjectRow;
  progress: ProjectProgress;
  next: NextStep;
}

const live = <T extends { deleted: boolean }>(rows: readonly T[]) => rows.filter((row) => !row.deleted);
const asProject = (row: RowOf<'projects'>): ProjectRow => ({ ...projectViewOf(row), id: row.id });

function progressOf(memberships: readonly MembershipRow[], tasks: readonly TaskRow[]): ProjectProgress {
  return {
    people: peopleIn(memberships),
    unfinishedTasks: tasks.filter((task) => task.status !== 'done').length,
    openTasks: tasks.filter((task) => task.status === 'open').length,
  };
}

const groupBy = <T extends { projectId: string }>(rows: readonly T[]) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.projectId, [...(groups.get(row.projectId) ?? []), row]);
  return groups;
};

/** Every live project as a card, newest first. */
export async function readPinboard(db: LandhubDatabase): Promise<PinboardCard[]> {
  const [projects, memberships, tasks] = await Promise.all([db.projects.toArray(), db.projectMemberships.toArray(), db.tasks.toArray()]);
  const groups = groupBy(live(memberships));
  const tasksOf = groupBy(live(tasks));
  return live(projects)
    .map(asProject)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((project) => {
      const progress = progressOf(groups.get(project.id) ?? [], tasksOf.get(project.id) ?? []);
      return { project, progress, next: nextStep(project, progress) };
    });
}

export function usePinboard(): PinboardCard[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(() => readPinboard(db), [db]);
}

export interface ProjectDetail extends PinboardCard {
  memberships: MembershipRow[];
  tasks: TaskRow[];
  comments: CommentRow[];
  hours: HoursRow[];
  edits: EditRow[];
  /** Titles of the projects this one links to (continued in, counter-proposal to, and cards that counter it). */
  linked: ProjectRow[];
}

/** One project whole; null when it is not (or no longer) on this machine. */
export async function readProjectDetail(db: LandhubDatabase, id: string): Promise<ProjectDetail | null> {
  const row = await db.projects.get(id);
  if (!row || row.deleted) return null;
  const project = asProject(row);
  const [memberships, tasks, comments, hours, edits] = await Promise.all([
    db.projectMemberships.where('projectId').equals(id).toArray(),
    db.tasks.where('projectId').equals(id).toArray(),
    db.comments.where('projectId').equals(id).toArray(),
    db.volunteerHours.where('projectId').equals(id).toArray(),
    db.projectEdits.where('projectId').equals(id).toArray(),
  ]).then(([a, b, c, d, e]) => [live(a), live(b), live(c), live(d), live(e)] as const);
  const linkedIds = [project.continuedIn, project.counterTo].filter((other): other is string => other !== null);
  const counters = live(await db.projects.filter((other) => other.counterTo === id).toArray());
  const linked = [...live((await db.projects.bulkGet(linkedIds)).filter((other) => other !== undefined)), ...counters].map(asProject);
  const progress = progressOf(memberships, tasks);
  return { project, progress, next: nextStep(project, progress), memberships, tasks, comments, hours, edits: edits.sort((a, b) => b.at.localeCompare(a.at)), linked };
}

export function useProjectDetail(id: string | null): ProjectDetail | null | undefined {
  const { db } = useDataContext();
  return useLiveQuery(async () => (id === null ? null : readProjectDetail(db, id)), [db, id]);
}

/** Hours waiting for a host, oldest day first, across all projects. */
export function usePendingHours(): HoursRow[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(async () => live(await db.volunteerHours.filter((row) => row.approval === 'pending').toArray()).sort((a, b) => a.on.localeCompare(b.on)), [db]);
}

export function useCitizens(): RowOf<'citizens'>[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(async () => live(await db.citizens.toArray()).sort((a, b) => a.name.localeCompare(b.name)), [db]);
}

/** A member's pledges, every row (pledges.ts reads which counts in which month). */
export function usePledgesOf(memberId: string | null): RowOf<'pledges'>[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(async () => (memberId === null ? [] : live(await db.pledges.where('memberId').equals(memberId).toArray())), [db, memberId]);
}

/** Every live pledge and the hours logged in one month ("YYYY-MM"): what finding helpers needs for pledge left (core/projects/pledges.ts). */
export async function readMonthPledges(db: LandhubDatabase, month: string): Promise<{ pledges: RowOf<'pledges'>[]; hours: HoursRow[] }> {
  const [pledges, hours] = await Promise.all([
    db.pledges.toArray(),
    db.volunteerHours.where('on').between(`${month}-01`, `${month}-31`, true, true).toArray(),
  ]);
  return { pledges: live(pledges), hours: live(hours) };
}

export function useMonthPledges(month: string): { pledges: RowOf<'pledges'>[]; hours: HoursRow[] } | undefined {
  const { db } = useDataContext();
  return useLiveQuery(() => readMonthPledges(db, month), [db, month]);
}
