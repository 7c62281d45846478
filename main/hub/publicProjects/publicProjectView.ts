import { z } from 'zod';
import type { UiLanguage } from '@core/languages';
import { peopleIn } from '@core/projects/membership';
import { nextStep, projectOutcome, type NextStep } from '@core/projects/stages';
import { idSchema, projectFieldsSchema, projectViewOf, skillFieldsSchema, taskFieldsSchema, withoutSyncFields, type ProjectStatus } from '@core/schemas';
import { skillLabel } from '@core/search/memberWords';
import type { TableName } from '@core/schemas';
import type { SyncedRow } from '@core/sync/merge';
import type { HubStore } from '../sync/hubStore';
import { projectStored, type Viewer } from '../sync/roleView';

/**
 * What a public project's page shows: exactly what a wall display may hold of it (the wall's
 * projection, core/sync/projectionRules.ts), so the page can never show more than the wall in the
 * hall does. No member, no comment, no citizen: people are counted, never named.
 */
export interface PublicProjectView {
  id: string;
  title: string;
  pitch: string;
  summary: string;
  status: ProjectStatus;
  place: string;
  photo: string | null;
  people: number;
  needsPeople: number | null;
  next: NextStep;
  /** Skills wanted, by name in the page's language. */
  skills: string[];
  tasks: { title: string; skills: string[]; estimatedHours: number | null }[];
  /** Whether the form is offered: not done and not merged into another (a member may still join it at the kiosk too). */
  takesOffers: boolean;
}

const AS_WALL: Viewer = { role: 'wall', roomId: null };
/** A long list of tasks is for the pinboard; the phone shows the first ones. */
const MAX_TASKS = 20;

const { title, status, wantedSkills, estimatedHours, dueOn } = taskFieldsSchema.shape;
const openTaskSchema = z.object({ title, status, wantedSkills, estimatedHours, dueOn });
const membershipRoleSchema = z.object({ role: z.enum(['lead', 'helper', 'follower']) });

/** The hub's copy as the wall holds it, or null when the wall may not see it. */
function asOnTheWall(store: HubStore, table: TableName, row: SyncedRow | undefined): Record<string, unknown> | null {
  const seen = projectStored(store, table, row ?? null, AS_WALL);
  return seen && !seen.deleted ? withoutSyncFields(seen) : null;
}

function skillNames(store: HubStore, ids: readonly string[], language: UiLanguage): string[] {
  return ids.flatMap((id) => {
    const parsed = skillFieldsSchema.safeParse(asOnTheWall(store, 'skills', store.getRecord('skills', id)));
    return parsed.success ? [skillLabel(parsed.data, language)].filter(Boolean) : [];
  });
}

/** The page's view of a project, or null when it is not shown: unknown, deleted, members-only, or a malformed id. */
export function publicProjectView(store: HubStore, projectId: string, language: UiLanguage): PublicProjectView | null {
  if (!idSchema.safeParse(projectId).success) return null;
  const parsed = projectFieldsSchema.safeParse(asOnTheWall(store, 'projects', store.getRecord('projects', projectId)));
  if (!parsed.success) return null;
  const project = projectViewOf(parsed.data);
  const memberships = store.liveChildren('projectMemberships', projectId).flatMap((row) => {
    const seen = membershipRoleSchema.safeParse(asOnTheWall(store, 'projectMemberships', row));
    return seen.success ? [seen.data] : [];
  });
  const tasks = store.liveChildren('tasks', projectId).flatMap((row) => {
    const seen = openTaskSchema.safeParse(asOnTheWall(store, 'tasks', row));
    return seen.success ? [seen.data] : [];
  });
  const open = tasks.filter((task) => task.status === 'open');
  const people = peopleIn(memberships);
  const outcome = projectOutcome(project);
  return {
    id: projectId,
    title: project.title,
    pitch: project.pitch,
    summary: project.summary,
    status: project.status,
    place: project.place,
    photo: project.photo,
    people,
    needsPeople: project.needsPeople,
    next: nextStep(project, { people, openTasks: open.length, unfinishedTasks: tasks.filter((task) => task.status !== 'done').length }),
    skills: skillNames(store, project.wantedSkills, language),
    tasks: open
      .sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') || a.title.localeCompare(b.title, language))
      .slice(0, MAX_TASKS)
      .map((task) => ({ title: task.title, skills: skillNames(store, task.wantedSkills, language), estimatedHours: task.estimatedHours ?? null })),
    takesOffers: outcome === 'open' || outcome === 'paused',
  };
}
