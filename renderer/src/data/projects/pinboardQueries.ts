import { liveQuery, type Subscription } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import { peopleIn } from '@core/projects/membership';
import { nextStep, type NextStep, type ProjectProgress } from '@core/projects/stages';
import { projectViewOf, type ProjectView, type RowOf } from '@core/schemas';
import { useDataContext } from '../../app/services';
import type { LandhubDatabase } from '../database';

/**
 * The pinboard's reads: every live project as a card (its group and tasks counted), kept live
 * a while after the pinboard was left, and one project whole for its detail view. Tombstones
 * never leave this file.
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
  for (const row of rows) {
    const group = groups.get(row.projectId);
    if (group) group.push(row);
    else groups.set(row.projectId, [row]);
  }
  return groups;
};

// ISO instants sort as plain strings; a locale's collation has no say in time order.
const newestFirst = (a: ProjectRow, b: ProjectRow) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);

/** Every live project as a card, newest first. */
export async function readPinboard(db: LandhubDatabase): Promise<PinboardCard[]> {
  const [projects, memberships, tasks] = await Promise.all([db.projects.toArray(), db.projectMemberships.toArray(), db.tasks.toArray()]);
  const groups = groupBy(live(memberships));
  const tasksOf = groupBy(live(tasks));
  return live(projects)
    .map(asProject)
    .sort(newestFirst)
    .map((project) => {
      const progress = progressOf(groups.get(project.id) ?? [], tasksOf.get(project.id) ?? []);
      return { project, progress, next: nextStep(project, progress) };
    });
}

/** How long the cards stay live after the last screen showing them closed. */
const KEEP_LIVE_MS = 5 * 60_000;

/** Runs `work` after the keep-live time; the returned function calls it off. Tests pass their own. */
export type Later = (work: () => void) => () => void;
const afterKeepLive: Later = (work) => {
  const timer = setTimeout(work, KEEP_LIVE_MS);
  return () => { clearTimeout(timer); };
};

/**
 * The cards of one database, read by one live query for every screen that shows them (the
 * pinboard and its hours to approve, the kiosk's "projects that need help"), and kept live a
 * while after the last of them closed: opening the pinboard again draws the cards at once
 * instead of reading every project, membership and task anew behind "Reading the projects…".
 * Still a live query meanwhile, so what it keeps is never stale; after the keep-live time it
 * stops and lets the cards go, and the next screen reads them again.
 */
export class KeptPinboard {
  private cards: PinboardCard[] | undefined;
  private failure: { error: unknown } | null = null;
  private readonly listeners = new Set<() => void>();
  private watch: Subscription | null = null;
  private callOffStop: (() => void) | null = null;

  constructor(private readonly db: LandhubDatabase, private readonly later: Later = afterKeepLive) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.callOffStop?.();
    this.callOffStop = null;
    this.watch ??= liveQuery(() => readPinboard(this.db)).subscribe({
      next: (cards) => { this.settle(cards, null); },
      error: (error: unknown) => { this.settle(this.cards, { error }); },
    });
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0 && this.callOffStop === null) this.callOffStop = this.later(() => { this.stop(); });
    };
  };

  /** The cards, or undefined while they are read; throws what the read threw, as useLiveQuery does. */
  readonly snapshot = (): PinboardCard[] | undefined => {
    if (this.failure) throw this.failure.error;
    return this.cards;
  };

  /** Whether its live query runs. */
  get watching(): boolean {
    return this.watch !== null;
  }

  private settle(cards: PinboardCard[] | undefined, failure: { error: unknown } | null): void {
    this.cards = cards;
    this.failure = failure;
    for (const listener of [...this.listeners]) listener();
  }

  private stop(): void {
    this.callOffStop = null;
    if (this.listeners.size > 0) return;
    this.watch?.unsubscribe();
    this.watch = null;
    this.cards = undefined;
    this.failure = null;
  }
}

/** One per database object, so each test's fresh database gets its own. */
const keptPinboards = new WeakMap<LandhubDatabase, KeptPinboard>();

function keptPinboardOf(db: LandhubDatabase): KeptPinboard {
  let kept = keptPinboards.get(db);
  if (!kept) {
    kept = new KeptPinboard(db);
    keptPinboards.set(db, kept);
  }
  return kept;
}

export function usePinboard(): PinboardCard[] | undefined {
  const { db } = useDataContext();
  const kept = keptPinboardOf(db);
  return useSyncExternalStore(kept.subscribe, kept.snapshot);
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
