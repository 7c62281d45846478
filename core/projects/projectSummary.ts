import { approvalOf, projectViewOf, type ProjectFields, type ProjectMembershipFields, type TaskFields, type VolunteerHoursFields } from '../schemas/project';
import { peopleIn, personOf } from './membership';

/**
 * A project's summary for a host to hand on (to a funder, a municipality, the group): what it
 * is, who is in, its tasks and the approved hours given. Hours are named per person only for
 * members who let reports name them (`hoursByName`); the rest is one sum. Codes and numbers,
 * never text: the Markdown and PDF writers say it in the reader's language.
 */
export interface ProjectSummary {
  title: string;
  status: ProjectFields['status'];
  pitch: string;
  summary: string;
  place: string;
  owner: string | null;
  skills: string[];
  tags: string[];
  needsPeople: number | null;
  peopleIn: number;
  people: { name: string; role: ProjectMembershipFields['role'] }[];
  tasks: { title: string; status: TaskFields['status']; assignee: string | null; estimatedHours: number | null; dueOn: string | null }[];
  hours: { total: number; byPerson: { name: string; hours: number }[]; unnamed: number };
}

type Live<T> = T & { id: string; deleted?: boolean };

export interface SummaryInput {
  project: ProjectFields;
  memberships: readonly Live<ProjectMembershipFields>[];
  tasks: readonly Live<TaskFields>[];
  hours: readonly Live<VolunteerHoursFields>[];
  /** A member's or citizen's name, as the host's machine holds it; undefined when it does not. */
  nameOf: (person: { memberId: string | null; citizenId: string | null }) => string | undefined;
  /** Whether a member lets reports name their hours. */
  namesHours: (memberId: string) => boolean;
  skillName: (skillId: string) => string | undefined;
}

const live = <T extends { deleted?: boolean }>(rows: readonly T[]) => rows.filter((row) => row.deleted !== true);
const roleOrder = { lead: 0, helper: 1, follower: 2 } as const;

export function projectSummary(input: SummaryInput): ProjectSummary {
  const project = projectViewOf(input.project);
  const memberships = live(input.memberships);
  const people = memberships
    .map((row) => ({ name: input.nameOf(personOf(row)), role: row.role }))
    .filter((entry): entry is { name: string; role: ProjectMembershipFields['role'] } => entry.name !== undefined)
    .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.name.localeCompare(b.name));
  const approved = live(input.hours).filter((row) => approvalOf(row) === 'approved');
  const named = new Map<string, number>();
  let unnamed = 0;
  for (const row of approved) {
    const name = row.memberId !== null && input.namesHours(row.memberId) ? input.nameOf({ memberId: row.memberId, citizenId: null }) : undefined;
    if (name === undefined) unnamed += row.hours;
    else named.set(name, (named.get(name) ?? 0) + row.hours);
  }
  return {
    title: project.title,
    status: project.status,
    pitch: project.pitch,
    summary: project.summary,
    place: project.place,
    owner: project.ownerMemberId === null ? null : input.nameOf({ memberId: project.ownerMemberId, citizenId: null }) ?? null,
    skills: project.wantedSkills.flatMap((id) => input.skillName(id) ?? []),
    tags: project.tags,
    needsPeople: project.needsPeople,
    peopleIn: peopleIn(memberships),
    people,
    tasks: live(input.tasks).map((task) => ({
      title: task.title,
      status: task.status,
      assignee: (task.assigneeMemberId ?? task.assigneeCitizenId ?? null) === null ? null : input.nameOf({ memberId: task.assigneeMemberId, citizenId: task.assigneeCitizenId ?? null }) ?? null,
      estimatedHours: task.estimatedHours ?? null,
      dueOn: task.dueOn,
    })),
    hours: {
      total: approved.reduce((sum, row) => sum + row.hours, 0),
      byPerson: [...named].map(([name, hours]) => ({ name, hours })).sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name)),
      unnamed,
    },
  };
}
