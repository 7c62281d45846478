import { todaysBooking } from '@core/checkInRules';
import { generateDemoHub } from '@core/demo/demoHub';
import { KIOSK_MIN_LETTERS, kioskNameMatches, type KioskNameMatch, type KioskNameSource } from '@core/kiosk/kioskNameSearch';
import { whoIsIn } from '@core/presence';
import { defaultHubSettings, type Booking, type CheckIn, type Member } from '@core/schemas';
import { zonedStartOfDay } from '@core/time/zonedTime';
import { foldQuery } from '@core/search/foldText';
import { MemberSearchIndex } from '@core/search/memberSearchIndex';
import { DEFAULT_DATABASE_NAME, LandhubDatabase } from '../../renderer/src/data/database';
import { keystrokePrefixes } from '../searchLatency';
import type { KioskCandidate, KioskFillResult, KioskSearchResult } from './benchApi';
import { stampHub, writeTables } from './demoRows';

/** Where in the member list the typed names come from: spread out, and the same on every run. */
const NAME_POSITIONS = [0.07, 0.23, 0.41, 0.58, 0.76, 0.93];
const FILL_CHUNK = 10_000;

function searches(prefix: string): boolean {
  return foldQuery(prefix).join('').length >= KIOSK_MIN_LETTERS;
}

/** Real names from the hub, typed in lower case, plus one with two letters swapped: a typo matches nobody, so every member is scanned. */
export function kioskQueries(members: readonly Member[]): string[] {
  const active = members.filter((member) => member.active && !member.deleted);
  const names = NAME_POSITIONS.map((position) => active[Math.floor(position * active.length)]?.name.toLocaleLowerCase() ?? 'anna');
  const typo = names[2] ?? 'anna hansen';
  const swapped = `${typo.slice(0, -2)}${typo.slice(-1)}${typo.slice(-2, -1)}`;
  return [...names, swapped];
}

/** What the kiosk searches: the public member index (the one the wall's board uses) and its rows. */
function nameSource(members: readonly Member[]): KioskNameSource {
  const byId = new Map(members.map((member) => [member.id, member]));
  return { index: new MemberSearchIndex(members, [], { publicOnly: true, compareNames: new Intl.Collator('da').compare }), member: (id) => byId.get(id) };
}

function timedSearch(source: KioskNameSource, prefix: string): { ms: number; matches: KioskNameMatch[] } {
  const started = performance.now();
  const matches = kioskNameMatches(source, prefix);
  return { ms: performance.now() - started, matches };
}

/** One `kioskNameMatches()` per keystroke, as FindMeScreen calls it, for names typed letter by letter. */
export function kioskSearchLatency(members: readonly Member[], rounds: number): KioskSearchResult {
  const started = performance.now();
  const index = nameSource(members);
  const buildMs = performance.now() - started;
  const queries = kioskQueries(members);
  const result: KioskSearchResult = { buildMs, indexedMembers: members.filter((m) => m.active && !m.deleted).length, queries, keystrokeMs: [], prefixes: [], finalMatches: [] };
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      let last: KioskNameMatch[] = [];
      for (const prefix of keystrokePrefixes(query)) {
        const { ms, matches } = timedSearch(index, prefix);
        last = matches;
        if (!searches(prefix)) continue;
        result.keystrokeMs.push(ms);
        result.prefixes.push(prefix);
      }
      if (round === 0) result.finalMatches.push(last.length);
    }
  }
  return result;
}

function shortName(match: KioskNameMatch): string {
  return match.lastInitial ? `${match.firstName} ${match.lastInitial}` : match.firstName;
}

/** The demo hub's time zone: its days are the hub's. */
const HUB_ZONE = defaultHubSettings.timeZone;

/** Members not in yet whose full name finds exactly them, spread over the list by a fixed stride. */
function pickCandidates(members: readonly Member[], bookings: readonly Booking[], checkIns: readonly CheckIn[], now: Date, count: number): KioskCandidate[] {
  const index = nameSource(members);
  const inside = whoIsIn(checkIns.filter((event) => !event.deleted), now, zonedStartOfDay(now, HUB_ZONE));
  const pool = members.filter((member) => member.active && !member.deleted && !member.pinHash && !inside.has(member.id));
  const stride = 7919;
  const picked: KioskCandidate[] = [];
  for (let step = 0; step < pool.length && picked.length < count; step++) {
    const member = pool[(step * stride) % pool.length];
    if (!member || picked.some((candidate) => candidate.query === member.name.toLocaleLowerCase())) continue;
    const query = member.name.toLocaleLowerCase();
    const matches = kioskNameMatches(index, query);
    const match = matches[0];
    if (matches.length !== 1 || match?.id !== member.id) continue;
    const ownBookings = bookings.filter((booking) => booking.memberId === member.id);
    picked.push({ query, shortName: shortName(match), firstName: match.firstName, hasBookingToday: todaysBooking(ownBookings, member.id, now, HUB_ZONE) !== null });
  }
  return picked;
}

/**
 * A whole demo hub (members, desks, bookings, three weeks of check-ins) written straight into
 * the app's database, dated today so the kiosk finds today's bookings. No outbox: the kiosk
 * needs a full hub, not a sync backlog.
 */
export async function fillKioskHub(members: number, seed: number, candidates: number): Promise<KioskFillResult> {
  const now = new Date();
  const hub = generateDemoHub({ members, seed, now });
  const tables = stampHub(hub, now);
  const db = new LandhubDatabase(DEFAULT_DATABASE_NAME);
  const started = performance.now();
  try {
    const records = await writeTables(db, tables, FILL_CHUNK);
    const ms = performance.now() - started;
    const [memberRows, bookingRows, checkInRows] = await Promise.all([db.members.toArray(), db.bookings.toArray(), db.checkIns.toArray()]);
    return { members, records, ms, candidates: pickCandidates(memberRows, bookingRows, checkInRows, now, candidates) };
  } finally {
    db.close();
  }
}
