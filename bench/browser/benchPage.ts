import Dexie, { type Table } from 'dexie';
import { generateDemoHub } from '@core/demo/demoHub';
import type { Member, RowOf, Skill } from '@core/schemas';
import { MemberSearchIndex } from '@core/search/memberSearchIndex';
import { DEFAULT_DATABASE_NAME, LandhubDatabase } from '../../renderer/src/data/database';
import { keystrokePrefixes } from '../searchLatency';
import { availabilityLatency, expectedDeskCounts, fillBookingsHub, weekReadLatency } from './bookingsBench';
import { stampAll } from './demoRows';
import { fillKioskHub, kioskSearchLatency } from './kioskBench';
import { pinboardBench } from './pinboardBench';
import { syncBench } from './syncBench';
import { wallBench } from './wallBench';
import type { BenchApi, GenerateResult, SearchLatencyResult, SearchModeResult, WriteResult } from './benchApi';

/**
 * Runs inside Chromium on the app's own origin, so the rows it writes land in the very
 * IndexedDB database the app opens afterwards. Members are generated here rather than in
 * Node: shipping 150,000 rows over the DevTools protocol would cost more than making them.
 */

// A fixed "now" keeps the generated hub, and therefore every result count, identical between runs.
const DEMO_NOW = new Date('2025-06-02T09:00:00.000Z');
const SCRATCH_DATABASE = 'landhub-bench-scratch';

interface GeneratedRows {
  members: Member[];
  skills: Skill[];
  hubSettings: RowOf<'hubSettings'>[];
}

let generated: GeneratedRows | null = null;

function rows(): GeneratedRows {
  if (!generated) throw new Error('generate() must run first');
  return generated;
}

function generate(count: number, seed: number): GenerateResult {
  const started = performance.now();
  const hub = generateDemoHub({ members: count, seed, now: DEMO_NOW, bookings: 0, weeksOfHistory: 0 });
  generated = { members: stampAll(hub.members, DEMO_NOW), skills: stampAll(hub.skills, DEMO_NOW), hubSettings: stampAll(hub.hubSettings, DEMO_NOW) };
  return {
    members: generated.members.length,
    activeMembers: generated.members.filter((member) => member.active).length,
    generateMs: performance.now() - started,
  };
}

async function putInChunks<T>(table: Table<T, string>, items: readonly T[], chunkSize: number): Promise<WriteResult> {
  const started = performance.now();
  for (let offset = 0; offset < items.length; offset += chunkSize) {
    await table.bulkPut(items.slice(offset, offset + chunkSize));
  }
  return { records: items.length, ms: performance.now() - started, chunkSize };
}

/** Plain Dexie with the members index list and Chromium's default durability: the floor to compare against. */
async function dexieBulkPutBaseline(chunkSize: number): Promise<WriteResult> {
  const db = new Dexie(SCRATCH_DATABASE);
  db.version(1).stores({ members: 'id, name, active' });
  try {
    return await putInChunks(db.table<Member, string>('members'), rows().members, chunkSize);
  } finally {
    db.close();
  }
}

/** Writes straight into the app's tables (no outbox): the bench needs a big hub, not a sync backlog. */
async function fillMembers(chunkSize: number): Promise<WriteResult> {
  const { members, skills, hubSettings } = rows();
  const db = new LandhubDatabase(DEFAULT_DATABASE_NAME);
  try {
    await db.skills.bulkPut(skills);
    await db.hubSettings.bulkPut(hubSettings);
    return await putInChunks(db.members, members, chunkSize);
  } finally {
    db.close();
  }
}

function timedSearch(index: MemberSearchIndex, query: string): number {
  const started = performance.now();
  // The same filter argument the host board passes when no skill or presence filter is set.
  index.search(query, { skillId: null, memberIds: null });
  return performance.now() - started;
}

/** Types every query letter by letter, starting from an empty box each time as the board does after clearing. */
function typeQueries(index: MemberSearchIndex, queries: readonly string[], rounds: number): Pick<SearchModeResult, 'keystrokeMs' | 'prefixes'> {
  const keystrokeMs: number[] = [];
  const prefixes: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      index.search('');
      for (const prefix of keystrokePrefixes(query)) {
        keystrokeMs.push(timedSearch(index, prefix));
        prefixes.push(prefix);
      }
    }
  }
  return { keystrokeMs, prefixes };
}

function countsPerKeystroke(index: MemberSearchIndex, queries: readonly string[]): Record<string, number[]> {
  const counts: Record<string, number[]> = {};
  for (const query of queries) {
    index.search('');
    counts[query] = keystrokePrefixes(query).map((prefix) => index.search(prefix).length);
  }
  return counts;
}

function searchMode(members: Member[], skills: Skill[], publicOnly: boolean, queries: readonly string[], rounds: number) {
  const started = performance.now();
  const index = new MemberSearchIndex(members, skills, { publicOnly, compareNames: new Intl.Collator('da').compare });
  // The index puts names in order at its first search: part of building it, as the board sees it.
  index.search('');
  const mode: SearchModeResult = {
    publicOnly,
    buildMs: performance.now() - started,
    indexedMembers: index.size,
    ...typeQueries(index, queries, rounds),
  };
  // Counted after the timed rounds, so the first timed keystroke still meets a cold index.
  return { mode, counts: countsPerKeystroke(index, queries) };
}

/** Reads the members back from IndexedDB exactly as the board's live query does, then searches them. */
async function searchLatency(queries: readonly string[], rounds: number): Promise<SearchLatencyResult> {
  const db = new LandhubDatabase(DEFAULT_DATABASE_NAME);
  try {
    const plainStarted = performance.now();
    await db.members.toArray();
    const plainReadMs = performance.now() - plainStarted;
    const started = performance.now();
    const members = await db.members.filter((member) => !member.deleted).toArray();
    const skills = await db.skills.filter((skill) => !skill.deleted).toArray();
    const readMs = performance.now() - started;
    const host = searchMode(members, skills, false, queries, rounds);
    const publicScreen = searchMode(members, skills, true, queries, rounds);
    return { readMs, readRows: members.length, plainReadMs, modes: [host.mode, publicScreen.mode], expectedCounts: host.counts };
  } finally {
    db.close();
  }
}

const api: BenchApi = {
  generate,
  dexieBulkPutBaseline,
  fillMembers,
  searchLatency,
  kioskSearchLatency: (rounds) => kioskSearchLatency(rows().members, rounds),
  fillKioskHub,
  ...syncBench,
  ...wallBench,
  fillBookingsHub,
  availabilityLatency,
  expectedDeskCounts,
  weekReadLatency,
  ...pinboardBench,
};
window.landhubBench = api;
