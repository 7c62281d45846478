import { membershipId, type Person } from '../projects/membership';
import { CITIZEN_CONSENT_TEXT_VERSION } from '../projects/citizens';
import { pledgeId } from '../projects/pledges';
import type {
  CitizenFields,
  CommentFields,
  PledgeFields,
  ProjectEditFields,
  ProjectFields,
  ProjectMembershipFields,
  TaskFields,
  VolunteerHoursFields,
} from '../schemas';
import type { SkillKey } from '../skillVocabulary';
import { isoDateOf, isoOfMs, msAt } from './calendar';
import type { DemoContext, DemoPeople, DemoRecord } from './context';
import { projectTemplates, type ProjectTemplate } from './projects';
import { at, SeededIds, SeededRandom } from './random';

export interface GeneratedProjects {
  projects: DemoRecord<'projects'>[];
  projectMemberships: DemoRecord<'projectMemberships'>[];
  tasks: DemoRecord<'tasks'>[];
  comments: DemoRecord<'comments'>[];
  volunteerHours: DemoRecord<'volunteerHours'>[];
  projectEdits: DemoRecord<'projectEdits'>[];
  citizens: DemoRecord<'citizens'>[];
  pledges: DemoRecord<'pledges'>[];
}

/** Citizens who log hours without being members. */
const citizenHelpers: readonly string[] = ['Birthe fra Bandholm', 'Inger Lauridsen', 'Hans-Peter Thomsen', 'Elke Brandt'];

/**
 * Local citizens a host registered, with how to reach them and what they agreed to. Records
 * added with the pinboard (citizens, the edit history, merged ideas) take their ids from a
 * source of their own, and memberships of citizens and pledges theirs from their rule
 * (`membershipId`, `pledgeId`), so adding them changed nothing else of the demo.
 */
const demoCitizens: readonly { name: string; contact: string; scopes: CitizenFields['consent']['scopes'] }[] = [
  { name: 'Birthe fra Bandholm', contact: '+45 21 43 65 87', scopes: ['contact'] },
  { name: 'Inger Lauridsen', contact: 'inger.lauridsen@example.dk', scopes: ['contact', 'publicName'] },
  { name: 'Hans-Peter Thomsen', contact: 'via bageren i Horslunde', scopes: [] },
  { name: 'Elke Brandt', contact: '+49 4371 12345', scopes: ['contact'] },
  { name: 'Hinrich von der Insel', contact: 'hinrich@example.de', scopes: ['contact', 'publicName'] },
  { name: 'Poul fra Biavlerforeningen', contact: '+45 40 11 22 33', scopes: ['contact'] },
];

/** Ids and citizens for the records added with the pinboard. */
interface Pinboard {
  ids: SeededIds;
  citizenIdOf(name: string): string | null;
}

/** The second id source: its own random stream, an hour before the first's ids. */
function pinboardIds(context: DemoContext): SeededIds {
  return new SeededIds(new SeededRandom(0x9e3779b9 ^ context.historyStartDay), Math.max(0, msAt(context.historyStartDay, 0) - 3_600_000));
}

export function generateProjects(context: DemoContext, people: DemoPeople): GeneratedProjects {
  const result: GeneratedProjects = { projects: [], projectMemberships: [], tasks: [], comments: [], volunteerHours: [], projectEdits: [], citizens: [], pledges: [] };
  const ids = pinboardIds(context);
  const citizenIds = new Map(demoCitizens.map((citizen) => [citizen.name, ids.next()]));
  const pinboard: Pinboard = { ids, citizenIdOf: (name) => citizenIds.get(name) ?? null };
  addCitizens(context, result, citizenIds);
  const skillIdByKey = new Map(context.skills.map((s) => [s.entry.key, s.id]));
  const skillIds = (keys: readonly SkillKey[]): string[] =>
    keys.flatMap((key) => {
      const id = skillIdByKey.get(key);
      return id === undefined ? [] : [id];
    });
  for (const template of projectTemplates) {
    if (template.mergedInto === undefined) addProject(context, people, result, pinboard, template, skillIds);
  }
  // Merged ideas last: they point to a project made above and draw nothing from the random source.
  for (const template of projectTemplates) {
    if (template.mergedInto !== undefined) addMergedIdea(context, result, pinboard, template, skillIds);
  }
  addPledges(context, people, result);
  return result;
}

function addCitizens(context: DemoContext, result: GeneratedProjects, citizenIds: ReadonlyMap<string, string>): void {
  const at = isoOfMs(msAt(context.historyStartDay, 10 * 60));
  for (const citizen of demoCitizens) {
    const fields: CitizenFields = { name: citizen.name, contact: citizen.contact, consent: { scopes: citizen.scopes, at, textVersion: CITIZEN_CONSENT_TEXT_VERSION }, createdAt: at };
    result.citizens.push({ id: citizenIds.get(citizen.name) ?? '', ...fields });
  }
}

function projectFieldsOf(template: ProjectTemplate, skillIds: (keys: readonly SkillKey[]) => string[]): Omit<ProjectFields, 'ownerMemberId' | 'startsOn' | 'createdAt'> {
  return {
    title: template.title,
    pitch: template.pitch,
    summary: template.summary,
    status: template.status,
    wantedSkills: skillIds(template.wantedSkills),
    public: template.public,
    photo: null,
    tags: template.tags,
    place: template.place,
    needsPeople: template.needsPeople,
    ownerCitizenId: null,
    closedReason: template.closedReason ?? null,
    continuedIn: null,
    counterTo: null,
  };
}

function addCitizenFollowers(result: GeneratedProjects, pinboard: Pinboard, template: ProjectTemplate, projectId: string, joinedAt: string): void {
  for (const name of template.citizenFollowers ?? []) {
    const citizenId = pinboard.citizenIdOf(name);
    if (citizenId === null) continue;
    const person: Person = { memberId: null, citizenId };
    const id = membershipId(projectId, person);
    if (result.projectMemberships.some((row) => row.id === id)) continue;
    const membership: ProjectMembershipFields = { projectId, memberId: null, citizenId, role: 'follower', joinedAt };
    result.projectMemberships.push({ id, ...membership });
  }
}

/** A duplicate idea merged into another: its followers follow the other too (core/projects/merge.ts). */
function addMergedIdea(context: DemoContext, result: GeneratedProjects, pinboard: Pinboard, template: ProjectTemplate, skillIds: (keys: readonly SkillKey[]) => string[]): void {
  const target = result.projects.find((project) => project.title === template.mergedInto);
  if (!target) return;
  const createdAt = isoOfMs(Math.min(msAt(context.today - template.ageDays, 11 * 60), context.nowMs));
  const id = pinboard.ids.next();
  result.projects.push({ id, ...projectFieldsOf(template, skillIds), ownerMemberId: null, startsOn: null, createdAt, status: 'done', continuedIn: target.id });
  addCitizenFollowers(result, pinboard, template, id, createdAt);
  addCitizenFollowers(result, pinboard, template, target.id, createdAt);
}

/**
 * Every third active member pledges (every sixth as the 20 % of a working week the founding
 * network asks), from two months ago; chosen by position, not drawn.
 */
function addPledges(context: DemoContext, people: DemoPeople, result: GeneratedProjects): void {
  const fromMonth = isoDateOf(context.today - 60).slice(0, 7);
  const createdAt = isoOfMs(Math.min(msAt(context.today - 60, 9 * 60), context.nowMs));
  people.active.forEach((index, position) => {
    if (position % 3 !== 0) return;
    const memberId = at(people.members, index).id;
    const share = position % 6 === 0;
    const fields: PledgeFields = {
      memberId, fromMonth, untilMonth: null, createdAt,
      hoursPerMonth: share ? null : ([4, 8, 12][(position / 3) % 3] ?? 8),
      weekShare: share ? 0.2 : null,
      weekHours: share ? 37 : null,
    };
    result.pledges.push({ id: pledgeId(memberId, fromMonth), ...fields });
  });
}

function addProject(
  context: DemoContext,
  people: DemoPeople,
  result: GeneratedProjects,
  pinboard: Pinboard,
  template: ProjectTemplate,
  skillIds: (keys: readonly SkillKey[]) => string[],
): void {
  const { random, today } = context;
  const createdDay = today - template.ageDays;
  const createdMs = Math.min(msAt(createdDay, random.int(8 * 60, 20 * 60)), context.nowMs);
  const crew = random.sample(people.active, random.int(2, 8));
  const owner = crew[0];
  const ownerMemberId = owner === undefined ? null : at(people.members, owner).id;
  const project: ProjectFields = {
    ...projectFieldsOf(template, skillIds),
    ownerMemberId,
    startsOn: template.startsInDays === null ? null : isoDateOf(today + template.startsInDays),
    createdAt: isoOfMs(createdMs),
  };
  const projectId = context.ids.next();
  result.projects.push({ id: projectId, ...project });
  addEdits(context, result, pinboard, { projectId, template, byMemberId: ownerMemberId, createdMs });

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
  addCitizenFollowers(result, pinboard, template, projectId, isoOfMs(createdMs));

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
      estimatedHours: task.hours ?? null,
      assigneeCitizenId: null,
    };
    const id = context.ids.next();
    result.tasks.push({ id, ...fields });
    return id;
  });

  const written: { id: string; ms: number }[] = [];
  for (const comment of template.comments) {
    const author = comment.citizen === undefined && crew.length > 0 ? random.pick(crew) : undefined;
    const drawnMs = createdMs + random.next() * Math.max(0, context.nowMs - createdMs);
    const answered = comment.replyTo === undefined ? undefined : written[comment.replyTo];
    // A reply comes after what it answers.
    const writtenMs = answered === undefined ? drawnMs : Math.min(context.nowMs, Math.max(drawnMs, answered.ms + 30 * 60_000));
    const fields: CommentFields = {
      projectId,
      taskId: comment.task === undefined ? null : (taskIds[comment.task] ?? null),
      authorMemberId: author === undefined ? null : at(people.members, author).id,
      authorName: author === undefined ? (comment.citizen ?? 'Nabo') : at(people.members, author).name,
      body: comment.body,
      kind: comment.kind,
      createdAt: isoOfMs(Math.floor(writtenMs)),
      parentId: answered?.id ?? null,
      helpful: comment.helpful ?? false,
      authorCitizenId: comment.citizen === undefined ? null : pinboard.citizenIdOf(comment.citizen),
    };
    const id = context.ids.next();
    result.comments.push({ id, ...fields });
    written.push({ id, ms: writtenMs });
  }

  addVolunteerHours(context, people, result, pinboard, template, { projectId, ownerMemberId, doneTaskIds: taskIds.filter((_, index) => template.tasks[index]?.status !== 'open') }, crew, createdDay);
}

/** Who wrote the pitch, and who moved the project on from an idea (halfway to now), as the edit history has it. */
function addEdits(
  context: DemoContext,
  result: GeneratedProjects,
  pinboard: Pinboard,
  edited: { projectId: string; template: ProjectTemplate; byMemberId: string | null; createdMs: number },
): void {
  const { projectId, template, byMemberId, createdMs } = edited;
  const edit = (field: ProjectEditFields['field'], ms: number) => {
    const fields: ProjectEditFields = { projectId, field, byMemberId, at: isoOfMs(Math.floor(ms)) };
    result.projectEdits.push({ id: pinboard.ids.next(), ...fields });
  };
  edit('pitch', createdMs);
  if (template.status !== 'idea') edit('status', createdMs + (context.nowMs - createdMs) / 2);
}

function addVolunteerHours(
  context: DemoContext,
  people: DemoPeople,
  result: GeneratedProjects,
  pinboard: Pinboard,
  template: ProjectTemplate,
  project: { projectId: string; ownerMemberId: string | null; doneTaskIds: readonly string[] },
  crew: readonly number[],
  createdDay: number,
): void {
  const { projectId, ownerMemberId, doneTaskIds } = project;
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
      const day = random.int(Math.max(createdDay, lastDay - 60), lastDay);
      // A host approved hours of more than a week ago the day after; the last week's wait.
      const approved = day < context.today - 7;
      const fields: VolunteerHoursFields = {
        memberId: helper.memberId,
        personName: helper.name,
        projectId,
        on: isoDateOf(day),
        hours: random.int(1, 12) / 2,
        note: random.pick(template.volunteerNotes),
        taskId: doneTaskIds.length > 0 && i % 2 === 0 ? (doneTaskIds[(day + i) % doneTaskIds.length] ?? null) : null,
        citizenId: helper.memberId === null ? pinboard.citizenIdOf(helper.name) : null,
        approval: approved ? 'approved' : 'pending',
        approvedBy: approved ? ownerMemberId : null,
        approvedAt: approved ? isoOfMs(msAt(day + 1, 10 * 60)) : null,
      };
      result.volunteerHours.push({ id: context.ids.next(), ...fields });
    }
  }
}

/** Titles projects are known by, for room bookings that mention them. */
export function projectTitles(): string[] {
  return projectTemplates.map((t) => t.title);
}
