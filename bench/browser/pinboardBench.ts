import { generateDemoHub } from '@core/demo/demoHub';
import type { ProjectStatus } from '@core/schemas';
import { DEFAULT_DATABASE_NAME, LandhubDatabase } from '../../renderer/src/data/database';
import { readPinboard } from '../../renderer/src/data/projects/pinboardQueries';
import { pinboardHub } from '../pinboardHub';
import type { BenchApi, PinboardFillOptions, PinboardFillResult, PinboardWanted } from './benchApi';
import { stampHub, writeTables } from './demoRows';

/**
 * The pinboard bench's side in the page: a demo hub with hundreds of projects in the app's own
 * database, what the first page of cards must be for a stage filter, and the pinboard's read
 * without React.
 */
const FILL_CHUNK = 5_000;
/** ProjectCards draws this many cards at first. */
const FIRST_PAGE = 48;
const WARM_UP = 3;

async function fillPinboardHub(options: PinboardFillOptions): Promise<PinboardFillResult> {
  const now = new Date();
  const hub = pinboardHub(generateDemoHub({ members: options.members, seed: options.seed, now }), { projects: options.projects, now, seed: options.seed });
  const db = new LandhubDatabase(DEFAULT_DATABASE_NAME);
  const started = performance.now();
  try {
    const records = await writeTables(db, stampHub(hub, now), FILL_CHUNK);
    return {
      records, ms: performance.now() - started,
      projects: hub.projects?.length ?? 0, memberships: hub.projectMemberships?.length ?? 0, tasks: hub.tasks?.length ?? 0,
    };
  } finally {
    db.close();
  }
}

/**
 * The first page of cards a host desk must show for each stage filter ('open': every stage but
 * done), newest first, worked out from the rows rather than by the app's own filter.
 */
async function pinboardFirstPages(stages: readonly (ProjectStatus | 'open')[]): Promise<PinboardWanted[]> {
  const db = new LandhubDatabase(DEFAULT_DATABASE_NAME);
  try {
    const projects = (await db.projects.toArray()).filter((project) => !project.deleted).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return stages.map((stage) => {
      const page = projects.filter((project) => (stage === 'open' ? project.status !== 'done' : project.status === stage)).slice(0, FIRST_PAGE);
      return { cards: page.length, firstTitle: page[0]?.title ?? '', lastTitle: page.at(-1)?.title ?? '' };
    });
  } finally {
    db.close();
  }
}

/** `readPinboard(db)` as the pinboard's live query runs it, without React; after a few warm-up reads. */
async function pinboardReadLatency(rounds: number): Promise<{ ms: number[]; cards: number }> {
  const db = new LandhubDatabase(DEFAULT_DATABASE_NAME);
  try {
    const ms: number[] = [];
    let cards = 0;
    for (let round = 0; round < rounds + WARM_UP; round++) {
      const started = performance.now();
      cards = (await readPinboard(db)).length;
      if (round >= WARM_UP) ms.push(performance.now() - started);
    }
    return { ms, cards };
  } finally {
    db.close();
  }
}

export const pinboardBench: Pick<BenchApi, 'fillPinboardHub' | 'pinboardFirstPages' | 'pinboardReadLatency'> = { fillPinboardHub, pinboardFirstPages, pinboardReadLatency };
