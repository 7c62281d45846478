import type { DemoHub, DemoRecord } from '@core/demo/demoHub';
import { SeededIds, SeededRandom } from '@core/demo/random';
import type { ProjectStatus } from '@core/schemas';

/**
 * The wall soak's hub: the demo plus public projects of every length a host may type (a word to
 * the 140-character title limit, none to 2,000 characters of description), up to six skills
 * asked for, mostly in the stages the wall shows, created over the past year; and the demo's
 * room bookings of the day opened to everyone as public events, which is all a wall receives of
 * bookings (the demo makes none public).
 */
const WORDS = ['Village', 'hall', 'repair', 'café', 'harbour', 'clean-up', 'day', 'for', 'the', 'school', 'garden', 'bike', 'workshop', 'Lolland', 'Falster', 'market', 'Fehmarnbelt', 'exchange', 'seniors', 'and', 'youth', 'solar', 'roof', 'on', 'sports', 'club'];
const STAGES: readonly ProjectStatus[] = ['idea', 'gathering', 'running', 'idea', 'gathering', 'running', 'done', 'paused'];
const YEAR_MS = 365 * 86_400_000;

function text(random: SeededRandom, words: number, max: number): string {
  const picked = Array.from({ length: words }, () => WORDS[random.int(0, WORDS.length - 1)] ?? 'hub');
  return picked.join(' ').slice(0, max).trim();
}

/** Public projects of every length, created over the year before `now`; the pinboard bench builds on them too. */
export function benchProjects(demo: DemoHub, count: number, now: Date, seed: number): DemoRecord<'projects'>[] {
  const random = new SeededRandom(seed);
  const ids = new SeededIds(random, now.getTime() - YEAR_MS);
  const skills = (demo.skills ?? []).map((skill) => skill.id);
  return Array.from({ length: count }, (_, index) => ({
    id: ids.next(),
    title: `${String(index + 1)} ${text(random, random.int(1, 30), 140)}`.slice(0, 140),
    summary: text(random, random.int(0, 300), 2000),
    status: STAGES[index % STAGES.length] ?? 'idea',
    ownerMemberId: null,
    wantedSkills: Array.from(new Set(Array.from({ length: random.int(0, 6) }, () => skills[random.int(0, skills.length - 1)] ?? ''))).filter(Boolean),
    public: true,
    startsOn: null,
    createdAt: new Date(now.getTime() - YEAR_MS + Math.floor((index / count) * YEAR_MS)).toISOString(),
  }));
}

const PUBLIC_EVENTS = 8;

function withPublicEvents(bookings: readonly DemoRecord<'bookings'>[], now: Date): DemoRecord<'bookings'>[] {
  const day = now.toISOString().slice(0, 10);
  let opened = 0;
  return bookings.map((booking) => {
    if (opened >= PUBLIC_EVENTS || booking.resourceKind !== 'room' || booking.status !== 'confirmed' || booking.startsAt.slice(0, 10) !== day) return booking;
    opened += 1;
    return { ...booking, publicEvent: { title: `Open afternoon ${String(opened)}: ${booking.title}`.slice(0, 80), description: 'Everyone is welcome.' } };
  });
}

export function wallSoakHub(demo: DemoHub, options: { projects: number; now: Date; seed: number }): DemoHub {
  return {
    ...demo,
    projects: [...(demo.projects ?? []), ...benchProjects(demo, options.projects, options.now, options.seed)],
    bookings: withPublicEvents(demo.bookings ?? [], options.now),
  };
}
