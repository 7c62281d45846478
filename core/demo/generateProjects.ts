import type {
  CommentFields,
  ProjectFields,
  ProjectMembershipFields,
  TaskFields,
  VolunteerHoursFields,
} from '../schemas';
import type { SkillKey } from '../skillVocabulary';
import { isoDateOf, isoOfMs, msAt } from './calendar';
import type { DemoContext, DemoPeople, DemoRecord } from './context';
import { projectTemplates, type ProjectTemplate } from './projects';
import { at } from './random';

export interface GeneratedProjects {
  projects: DemoRecord<'projects'>[];
  projectMemberships: DemoRecord<'projectMemberships'>[];
  tasks: DemoRecord<'tasks'>[];
  comments: DemoRecord<'comments'>[];
  volunteerHours: DemoRecord<'volunteerHours'>[];
}

/** Citizens who log hours without being members. */
const citizenHelpers: readonly string[] = ['Birthe fra Bandholm', 'Inger Lauridsen', 'Hans-Peter Thomsen', 'Elke Brandt'];

export function generateProjects(context: DemoContext, people: DemoPeople): GeneratedProjects {
  const result: GeneratedProjects = { projects: [], projectMemberships: [], tasks: [], comments: [], volunteerHours: [] };
  const skillIdByKey = new Map(context.skills.map((s) => [s.entry.key, s.id]));
  const skillIds = (keys: readonly SkillKey[]): string[] =>
    keys.flatMap((key) => {
      const id = skillIdByKey.get(key);
      return id === undefined ? [] : [id];
    });
  for (const template of projectTemplates) addProject(context, people, result, template, skillIds);
  return result;
}

function addProject(
  context: DemoContext,
  people: DemoPeople,
  result: GeneratedProjects,
  template: ProjectTemplate,
  skillIds: (keys: readonly SkillKey[]) => string[],
): void {
  const { random, today } = context;
  const createdDay = today - template.ageDays;
  const createdMs = Math.min(msAt(createdDay, random.int(8 * 60, 20 * 60)), context.nowMs);
  const crew = random.sample(people.active, random.int(2, 8));
  const owner = crew[0];
  const project: ProjectFields = {
    title: template.title,
    summary: template.summary,
    status: template.status,
    ownerMemberId: owner === undefined ? null : at(people.members, owner).id,
    wantedSkills: skillIds(template.wantedSkills),
    public: template.public,
    startsOn: template.startsInDays === null ? null : isoDateOf(today + template.startsInDays),
    createdAt: isoOfMs(createdMs),
  };
  const projectId = context.ids.next();
  result.projects.push({ id: projectId, ...project });

  crew.forEach((member, index) => {
    const joinedDay = createdDay + Math.floor((index * template.ageDays) / (crew.length + 1));
    const membership: ProjectMembershipFields = {
      projectId,
      memberId: at(people.members, member).id,
      role: index === 0 ? 'lead' : random.chance(0.7) ? 'helper' : 'follower',
      joinedAt: isoOfMs(Math.max(createdMs, Math.min(msAt(joinedDay, 12 * 60), context.nowMs))),
    };
    result.projectMemberships.push({ id: context.ids.next(), ...membership });
  });

  const taskIds = template.tasks.map((task) => {
    const assignee = task.status === 'open' || crew.length === 0 ? undefined : random.pick(crew);
    const fields: TaskFields = {
      projectId,
      title: task.title,
      details: task.details,
      status: assignee === undefined ? 'open' : task.status,
      wantedSkills: skillIds(task.skills),
      assigneeMemberId: assignee === undefined ? null : at(people.members, assignee).id,
      dueOn: task.dueInDays === null ? null : isoDateOf(today + task.dueInDays),
    };
    const id = context.ids.next();
    result.tasks.push({ id, ...fields });
    return id;
  });

  for (const comment of template.comments) {
    const author = comment.citizen === undefined && crew.length > 0 ? random.pick(crew) : undefined;
    const writtenMs = createdMs + random.next() * Math.max(0, context.nowMs - createdMs);
    const fields: CommentFields = {
      projectId,
      taskId: comment.task === undefined ? null : (taskIds[comment.task] ?? null),
      authorMemberId: author === undefined ? null : at(people.members, author).id,
      authorName: author === undefined ? (comment.citizen ?? 'Nabo') : at(people.members, author).name,
      body: comment.body,
      kind: comment.kind,
      createdAt: isoOfMs(Math.floor(writtenMs)),
    };
    result.comments.push({ id: context.ids.next(), ...fields });
  }

  addVolunteerHours(context, people, result, template, projectId, crew, createdDay);
}

function addVolunteerHours(
  context: DemoContext,
  people: DemoPeople,
  result: GeneratedProjects,
  template: ProjectTemplate,
  projectId: string,
  crew: readonly number[],
  createdDay: number,
): void {
  if (template.volunteerNotes.length === 0) return;
  const { random } = context;
  const lastDay = context.today - 1;
  if (lastDay < createdDay) return;
  const helpers: { memberId: string | null; name: string }[] = crew.map((m) => ({
    memberId: at(people.members, m).id,
    name: at(people.members, m).name,
  }));
  if (random.chance(0.6)) helpers.push({ memberId: null, name: random.pick(citizenHelpers) });
  for (const helper of helpers) {
    const entries = random.int(0, 3);
    for (let i = 0; i < entries; i++) {
      const fields: VolunteerHoursFields = {
        memberId: helper.memberId,
        personName: helper.name,
        projectId,
        on: isoDateOf(random.int(Math.max(createdDay, lastDay - 60), lastDay)),
        hours: random.int(1, 12) / 2,
        note: random.pick(template.volunteerNotes),
      };
      result.volunteerHours.push({ id: context.ids.next(), ...fields });
    }
  }
}

/** Titles projects are known by, for room bookings that mention them. */
export function projectTitles(): string[] {
  return projectTemplates.map((t) => t.title);
}
