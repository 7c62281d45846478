import type { ProjectStatus, ProjectView } from '../schemas/project';

/**
 * The stages of a project and the one next step each shows (participation tools that leave a
 * stage without a call to action lose people). Codes, never text: every screen says them in
 * its reader's language. A closed or merged idea always says why and where it went.
 */

/** How a project stands: still going, paused, or over (carried out, closed with a reason, merged into another). */
export type ProjectOutcome = 'open' | 'paused' | 'completed' | 'closed' | 'merged';

export function projectOutcome(project: Pick<ProjectView, 'status' | 'closedReason' | 'continuedIn'>): ProjectOutcome {
  if (project.continuedIn !== null) return 'merged';
  if (project.status === 'paused') return 'paused';
  if (project.status !== 'done') return 'open';
  return project.closedReason === null ? 'completed' : 'closed';
}

/** What the group around a project amounts to now, for its next step. */
export interface ProjectProgress {
  /** People in (helpers and the lead; followers only follow). */
  people: number;
  /** Tasks not done yet: open or taken. */
  unfinishedTasks: number;
  /** Open tasks nobody took. */
  openTasks: number;
}

export type NextStep =
  | { code: 'writePitch' }
  | { code: 'gatherGroup' }
  | { code: 'findPeople'; missing: number }
  | { code: 'startWork' }
  | { code: 'addTasks' }
  | { code: 'takeTask'; open: number }
  | { code: 'finishTasks'; unfinished: number }
  | { code: 'wrapUp' }
  | { code: 'resume' }
  | { code: 'seeResults' }
  | { code: 'closed'; reason: string }
  | { code: 'continuedIn'; projectId: string };

/** The step a project's card and page invite to, for every stage and outcome. */
export function nextStep(project: Pick<ProjectView, 'status' | 'pitch' | 'needsPeople' | 'closedReason' | 'continuedIn'>, progress: ProjectProgress): NextStep {
  const outcome = projectOutcome(project);
  if (project.continuedIn !== null) return { code: 'continuedIn', projectId: project.continuedIn };
  if (outcome === 'closed') return { code: 'closed', reason: project.closedReason ?? '' };
  if (outcome === 'completed') return { code: 'seeResults' };
  if (outcome === 'paused') return { code: 'resume' };
  switch (project.status) {
    case 'idea':
      return project.pitch.trim() === '' ? { code: 'writePitch' } : { code: 'gatherGroup' };
    case 'gathering': {
      const missing = project.needsPeople === null ? 0 : Math.max(0, project.needsPeople - progress.people);
      if (missing > 0) return { code: 'findPeople', missing };
      return progress.people === 0 ? { code: 'gatherGroup' } : { code: 'startWork' };
    }
    default:
      if (progress.openTasks > 0) return { code: 'takeTask', open: progress.openTasks };
      if (progress.unfinishedTasks > 0) return { code: 'finishTasks', unfinished: progress.unfinishedTasks };
      return progress.people > 0 ? { code: 'wrapUp' } : { code: 'addTasks' };
  }
}

/** Why a stage change is not allowed, or null. */
export type StageChangeProblem = 'sameStage' | 'reasonRequired' | 'mergedStaysMerged';

/** A stage change a project's owner or a host asks for. */
export interface StageChange {
  to: ProjectStatus;
  /** Why it closes, when it goes to done without being carried out. */
  closedReason?: string | null;
}

/**
 * The stage rules. Between idea, gathering, running and paused a project moves freely (a
 * clean-up day goes from idea to running in a day; anything can pause and pick up again). It
 * ends as `done`: carried out from running, or closed with a reason from any other stage (a
 * closed idea always says why). A finished or closed project may be reopened; a merged idea
 * stays merged: its people and open tasks moved on (core/projects/merge.ts).
 */
export function stageChangeProblem(project: Pick<ProjectView, 'status' | 'continuedIn'>, change: StageChange): StageChangeProblem | null {
  if (project.continuedIn !== null) return 'mergedStaysMerged';
  const reason = change.closedReason?.trim() ?? '';
  if (change.to === project.status) return 'sameStage';
  if (change.to === 'done' && project.status !== 'running' && reason === '') return 'reasonRequired';
  return null;
}

/** The fields a permitted stage change writes: a reopened project forgets why it was closed. */
export function stageChangeFields(change: StageChange): { status: ProjectStatus; closedReason: string | null } {
  const reason = change.closedReason?.trim() ?? '';
  return { status: change.to, closedReason: change.to === 'done' && reason !== '' ? reason : null };
}
