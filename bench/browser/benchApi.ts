/**
 * The contract between the bench page (bundled, runs in Chromium) and the orchestrator (Node).
 * Only plain data crosses it, because Playwright serialises every result.
 */

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

export interface BenchApi {
  generate(count: number, seed: number): GenerateResult;
  dexieBulkPutBaseline(chunkSize: number): Promise<WriteResult>;
  fillMembers(chunkSize: number): Promise<WriteResult>;
  searchLatency(queries: readonly string[], rounds: number): Promise<SearchLatencyResult>;
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

declare global {
  interface Window {
    landhubBench?: BenchApi;
    landhubProbe?: ProbeApi;
  }
}
