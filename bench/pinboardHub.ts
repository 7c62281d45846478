import type { DemoHub, DemoRecord } from '@core/demo/demoHub';
import { SeededIds, SeededRandom } from '@core/demo/random';
import { membershipId } from '@core/projects/membership';
import type { ProjectMembershipFields, TaskFields } from '@core/schemas';
import { benchProjects } from './wallHub';

/**
 * The pinboard bench's hub: the demo plus projects as hosts fill them in. The wall soak's
 * projects (titles from a word to 140 characters, descriptions up to 2,000, up to six skills
 * wanted, every stage) get a pitch, tags, a place and a head count on most, one in five for
 * members only, a member as lead, and around each a few people (helpers, followers) and tasks
 * in every state. Drawn from a random stream of their own, so the wall soak's projects stay
 * what they were.
 */
const TAGS = ['miljø', 'kultur', 'børn', 'ældre', 'havn', 'mad', 'sport', 'natur', 'Grenzenlos', 'energi', 'cykel', 'marked', 'skole', 'frivillig', 'Nachbarschaft', 'youth'];
const PLACES = ['Nakskov', 'Maribo', 'Rødby', 'Nysted', 'Sakskøbing', 'Bandholm', 'Horslunde', 'Puttgarden', ''];
const PITCHES = ['Help us get it going this spring.', 'A few hands on a Saturday is all it takes.', 'Vi mangler folk der kan lidt af hvert.', 'Wer macht mit? Jede Stunde zählt.', ''];
const TASK_TITLES = ['Book the hall', 'Ask the municipality', 'Make a poster', 'Bring tools', 'Find a sponsor', 'Write to the newspaper', 'Bake for the day', 'Clean up afterwards'];
const TASK_STATES: readonly TaskFields['status'][] = ['open', 'open', 'taken', 'done'];
const ROLES: readonly ProjectMembershipFields['role'][] = ['helper', 'helper', 'follower'];
const DAY_MS = 86_400_000;

interface Around {
  random: SeededRandom;
  ids: SeededIds;
  memberIds: readonly string[];
  skillIds: readonly string[];
}

function membershipsOf(project: DemoRecord<'projects'>, around: Around): DemoRecord<'projectMemberships'>[] {
  const { random, memberIds } = around;
  const people = new Set(Array.from({ length: random.int(1, 6) }, () => random.pick(memberIds)));
  return [...people].map((memberId, index) => ({
    id: membershipId(project.id, { memberId, citizenId: null }),
    projectId: project.id,
    memberId,
    role: index === 0 ? 'lead' : random.pick(ROLES),
    joinedAt: project.createdAt,
  }));
}

function tasksOf(project: DemoRecord<'projects'>, crew: readonly string[], around: Around): DemoRecord<'tasks'>[] {
  const { random, ids, skillIds } = around;
  return Array.from({ length: random.int(0, 5) }, () => {
    const status = random.pick(TASK_STATES);
    return {
      id: ids.next(),
      projectId: project.id,
      title: random.pick(TASK_TITLES),
      details: '',
      status,
      wantedSkills: random.chance(0.5) ? [random.pick(skillIds)] : [],
      assigneeMemberId: status === 'open' ? null : random.pick(crew),
      dueOn: random.chance(0.5) ? new Date(Date.parse(project.createdAt) + random.int(7, 90) * DAY_MS).toISOString().slice(0, 10) : null,
      estimatedHours: random.chance(0.5) ? random.int(1, 16) : null,
      assigneeCitizenId: null,
    };
  });
}

function dressed(project: DemoRecord<'projects'>, index: number, lead: string, random: SeededRandom): DemoRecord<'projects'> {
  const tags = new Set(Array.from({ length: random.int(0, 4) }, () => random.pick(TAGS)));
  return {
    ...project,
    pitch: random.pick(PITCHES),
    tags: [...tags],
    place: random.pick(PLACES),
    needsPeople: random.chance(0.6) ? random.int(2, 30) : null,
    public: index % 5 !== 0,
    ownerMemberId: lead,
    photo: null,
  };
}

export function pinboardHub(demo: DemoHub, options: { projects: number; now: Date; seed: number }): DemoHub {
  const random = new SeededRandom(options.seed + 7919);
  const around: Around = {
    random,
    ids: new SeededIds(random, options.now.getTime() - 365 * DAY_MS),
    memberIds: (demo.members ?? []).filter((member) => member.active).map((member) => member.id),
    skillIds: (demo.skills ?? []).map((skill) => skill.id),
  };
  const projects: DemoRecord<'projects'>[] = [];
  const memberships: DemoRecord<'projectMemberships'>[] = [];
  const tasks: DemoRecord<'tasks'>[] = [];
  benchProjects(demo, options.projects, options.now, options.seed).forEach((plain, index) => {
    const crew = membershipsOf(plain, around);
    const lead = crew[0]?.memberId ?? null;
    if (lead === null) throw new Error('The pinboard bench needs active members');
    projects.push(dressed(plain, index, lead, random));
    memberships.push(...crew);
    tasks.push(...tasksOf(plain, crew.flatMap((row) => (row.memberId ? [row.memberId] : [])), around));
  });
  return {
    ...demo,
    projects: [...(demo.projects ?? []), ...projects],
    projectMemberships: [...(demo.projectMemberships ?? []), ...memberships],
    tasks: [...(demo.tasks ?? []), ...tasks],
  };
}
