/**
 * The contract between the bench page (bundled, runs in Chromium) and the orchestrator (Node).
 * Only plain data crosses it, because Playwright serialises every result.
 */
import type { ProjectStatus } from '@core/schemas';

export interface GenerateResult {
  members: number;
  activeMembers: number;
  generateMs: number;
}

export interface WriteResult {
  records: number;
  ms: number;
  chunkSize: number;
}

export interface SearchModeResult {
  publicOnly: boolean;
  /** Index construction from rows already in memory. */
  buildMs: number;
  indexedMembers: number;
  /** One entry per keystroke over all rounds. */
  keystrokeMs: number[];
  /** The query after each of those keystrokes, to show which ones are slow. */
  prefixes: string[];
}

export interface SearchLatencyResult {
  /** Reading the rows back the way the board's live query does (`filter(...).toArray()`). */
  readMs: number;
  readRows: number;
  /** A plain `toArray()` of the same table, read just before, for comparison. */
  plainReadMs: number;
  modes: SearchModeResult[];
  /** Host board (publicOnly false): result count after each keystroke of each query. */
  expectedCounts: Record<string, number[]>;
}

export interface KioskSearchResult {
  /** The public `MemberSearchIndex` the find-me screen searches: built once per machine start, then kept alive. */
  buildMs: number;
  indexedMembers: number;
  /** The names typed, letter by letter (lower case, as people type on a touch keyboard). */
  queries: string[];
  /** One entry per keystroke that searches (three letters or more), over all rounds. */
  keystrokeMs: number[];
  prefixes: string[];
  /** Results shown after the last keystroke of each query, first round. */
  finalMatches: number[];
}

/** A member the kiosk UI bench checks in: typed query and the short name on the result button. */
export interface KioskCandidate {
  query: string;
  shortName: string;
  firstName: string;
  hasBookingToday: boolean;
}

export interface KioskFillResult {
  members: number;
  records: number;
  ms: number;
  candidates: KioskCandidate[];
}

export interface TableCount {
  table: string;
  rows: number;
}

export interface SyncedDatabaseState {
  checkpoint: number;
  counts: TableCount[];
  records: number;
}

export interface SyncBaselineResult extends WriteResult {
  /** Parsing one pulled page as the sync client does (envelope, then each record), per table sampled. */
  parseMsPerPage: { table: string; rows: number; bytes: number; ms: number }[];
}

export interface LatencyWrite {
  memberId: string;
  /** Epoch milliseconds (timeOrigin + now), comparable between two browsers on one machine. */
  startedAt: number;
  committedAt: number;
}

export interface ProjectWrite {
  projectId: string;
  /** Epoch milliseconds, as LatencyWrite. */
  startedAt: number;
  committedAt: number;
}

export interface BookingsFillOptions {
  members: number;
  desks: number;
  rooms: number;
  bookings: number;
  /** Weekly room series, evenings, over a year around today. */
  series: number;
  seed: number;
}

export interface BookingsFillResult {
  records: number;
  ms: number;
  bookings: number;
  series: number;
  /** Active desks (the demo books only these) and every room. */
  deskIds: string[];
  roomIds: string[];
  /** The hub days of the first and the last booking. */
  firstDay: string;
  lastDay: string;
}

export interface AvailabilityOptions {
  samples: number;
  /** Hub days the candidate bookings and the day reads fall on. */
  days: string[];
  deskIds: string[];
  roomIds: string[];
}

/** One kind of query: the app's own code and its baseline, sample by sample, with the rows each returned. */
export interface AvailabilitySamples {
  ms: number[];
  baselineMs: number[];
  rows: number[];
  baselineRows: number[];
}

export interface AvailabilityResult {
  /** One new booking's check (readOccupants + bookingBreach), against a plain indexed read of the place's bookings. */
  check: AvailabilitySamples;
  /** findConflict alone over the rows that plain read returned. */
  bareCheckMs: number[];
  /** One day of every place as the timeline reads it, against a plain indexed read of the bookings starting that day. */
  day: AvailabilitySamples;
}

export interface PinboardFillOptions {
  members: number;
  /** Projects added to the demo's own. */
  projects: number;
  seed: number;
}

export interface PinboardFillResult {
  records: number;
  ms: number;
  /** All of them, the demo's included. */
  projects: number;
  memberships: number;
  tasks: number;
}

export interface BenchApi {
  generate(count: number, seed: number): GenerateResult;
  dexieBulkPutBaseline(chunkSize: number): Promise<WriteResult>;
  fillMembers(chunkSize: number): Promise<WriteResult>;
  searchLatency(queries: readonly string[], rounds: number): Promise<SearchLatencyResult>;
  kioskSearchLatency(rounds: number): KioskSearchResult;
  fillKioskHub(members: number, seed: number, candidates: number): Promise<KioskFillResult>;
  syncedState(): Promise<SyncedDatabaseState>;
  syncBulkPutBaseline(chunkSize: number): Promise<SyncBaselineResult>;
  pairLatencyDevice(hubUrl: string, code: string, latestSeq: number, deviceName: string): Promise<number>;
  latencyCandidates(count: number): Promise<number>;
  checkInNext(): Promise<LatencyWrite>;
  saveWallProject(title: string): Promise<ProjectWrite>;
  fillBookingsHub(options: BookingsFillOptions): Promise<BookingsFillResult>;
  availabilityLatency(options: AvailabilityOptions): Promise<AvailabilityResult>;
  expectedDeskCounts(mondays: readonly string[]): Promise<number[]>;
  weekReadLatency(mondays: readonly string[], rounds: number): Promise<number[]>;
  fillPinboardHub(options: PinboardFillOptions): Promise<PinboardFillResult>;
  /** The first page of cards for each stage filter ('open' or a stage). */
  pinboardFirstPages(stages: readonly (ProjectStatus | 'open')[]): Promise<PinboardWanted[]>;
  pinboardReadLatency(rounds: number): Promise<{ ms: number[]; cards: number }>;
}

export interface KeystrokeSample {
  /** Input event → result count text changed in the DOM. */
  toChangeMs: number;
  /** Input event → first animation frame after that change. */
  toFrameMs: number;
}

export interface ProbeApi {
  /** Starts listening before the key is sent, so nothing the key triggers can be missed. */
  arm(): void;
  /** The armed keystroke's timings, or null if the count did not change within the timeout. */
  result(timeoutMs: number): Promise<KeystrokeSample | null>;
  /** The number shown in the result count ("150000 members"), or null before the board shows one. */
  count(): number | null;
}

export interface KioskProbeApi {
  /** Listens for the tap and for a level-1 heading reading `heading`. */
  arm(heading: string): void;
  result(timeoutMs: number): Promise<KeystrokeSample | null>;
}

export interface PaintProbeApi {
  /** Navigation start → first animation frame after the first member card was in the DOM, or null after the timeout. */
  firstCardPaintedMs(timeoutMs: number): Promise<number | null>;
}

/** A change the wall display drew, seen on one of its slides (drawn all the time, shown or not). */
export interface WallChangeSample {
  /** Epoch milliseconds, as LatencyWrite. */
  changedAt: number;
  frameAt: number;
  /** Whether the slide was the one on screen when it changed. */
  shown: boolean;
}

export interface WallPresenceSample extends WallChangeSample {
  count: number;
}

export interface WallProbeApi {
  /** The number of people the "here today" slide says are in, or null before the wall shows its slides. */
  count(): number | null;
  /** Waits for that count to change from what it is now. */
  arm(): void;
  result(timeoutMs: number): Promise<WallPresenceSample | null>;
  /** Waits for a card titled exactly `title` on the projects slide. */
  armProject(title: string): void;
  projectResult(timeoutMs: number): Promise<WallChangeSample | null>;
}

/** A tap timed in the page to the screen showing what was asked for (browser/tapPaintProbe.ts). */
export interface TapPaintSample {
  /** The tap's event (pointerdown) → the DOM showing it. */
  toChangeMs: number;
  /** → the first animation frame after it (its callback, before that frame's style and layout). */
  toFrameMs: number;
  /** → that frame's style, layout and paint done (a message posted from its callback). */
  toPaintedMs: number;
  /**
   * pointerdown → click: the press itself. Playwright sends the button's down and up as two
   * DevTools messages, so this is the bench's own share of the value, not the app's.
   */
  pressMs: number;
  /** What the probe counts as shown then: the desk grid's blocks, the pinboard's cards. */
  shown: number;
  /** Long animation frames (over 50 ms) in between: their time, its script part, its style and layout part. */
  longFrames: number;
  longFrameMs: number;
  scriptMs: number;
  layoutMs: number;
}

export interface TapProbeApi<W> {
  /** Listens for the next tap and for the screen to show what `want` describes. */
  arm(want: W): void;
  result(timeoutMs: number): Promise<TapPaintSample | null>;
}

/** The desk week: its grid shows another week, all its blocks with names. */
export interface GridWanted {
  /** The confirmed bookings the week holds, as the summary above the grid counts them. */
  bookings: number;
  /** The name a block shows while its member is not read yet ("A former member"). */
  unnamed: string;
}

/** The pinboard: its first page of cards, known by their number and the titles at both ends. */
export interface PinboardWanted {
  cards: number;
  firstTitle: string;
  lastTitle: string;
}

/** What the tap probes wait for, one kind a probe. */
export type TapWanted = GridWanted | PinboardWanted;

declare global {
  interface Window {
    landhubBench?: BenchApi;
    landhubProbe?: ProbeApi;
    landhubKioskProbe?: KioskProbeApi;
    landhubPaintProbe?: PaintProbeApi;
    landhubWallProbe?: WallProbeApi;
    /** Whichever tap probe the page was given (one a page); its `want` is that probe's. */
    landhubTapProbe?: TapProbeApi<TapWanted>;
  }
}
