import type { PageScenarioResult } from './pageScenario';
import { round, summarize, type LatencySummary } from './searchLatency';
import type { KioskReopenResult } from './kioskReopen';
import type { UiScenarioResult } from './uiScenario';

/** The issue's budget for one search keystroke at 150,000 members. */
export const SEARCH_P95_TARGET_MS = 30;
/** Issue 9: the first screen of board results within a second at 150,000 members. */
export const FIRST_PAINT_TARGET_MS = 1000;

export interface MetricLine {
  metric: string;
  value: number;
  unit: string;
  [extra: string]: unknown;
}

/** p50 and p95 lines of one latency metric; a target applies to p95 ("under target"). */
export function latencyLines(metric: string, summary: LatencySummary, extra: Record<string, unknown>, target?: number): MetricLine[] {
  const common = { unit: 'ms', samples: summary.samples, max: round(summary.max), ...extra };
  const p95: MetricLine = { metric, stat: 'p95', value: round(summary.p95), ...common };
  if (target !== undefined) Object.assign(p95, { target, targetOp: '<', pass: summary.p95 < target });
  return [{ metric, stat: 'p50', value: round(summary.p50), ...common }, p95];
}

/** A value that must reach at least `target` (a rate or a ratio). */
export function atLeast(line: MetricLine, target: number): MetricLine {
  return { ...line, target, targetOp: '>=', pass: line.value >= target };
}

/** What one scenario hands the orchestrator: its metric lines and hints for the summary. */
export interface ScenarioReport {
  lines: MetricLine[];
  diagnostics: string[];
}

function searchLines(page: PageScenarioResult): MetricLine[] {
  const { modes } = page.search;
  const perMode = modes.flatMap((mode) =>
    latencyLines('board_search_ms', summarize(mode.keystrokeMs), { publicOnly: mode.publicOnly }, SEARCH_P95_TARGET_MS),
  );
  const all = summarize(modes.flatMap((mode) => mode.keystrokeMs));
  const builds = modes.map((mode): MetricLine => ({
    metric: 'board_index_build_ms',
    value: round(mode.buildMs),
    unit: 'ms',
    publicOnly: mode.publicOnly,
    indexedMembers: mode.indexedMembers,
  }));
  return [...perMode, ...latencyLines('board_search_ms', all, { publicOnly: 'both' }, SEARCH_P95_TARGET_MS), ...builds];
}

function storageLines(page: PageScenarioResult): MetricLine[] {
  const { baseline, fill, search, generated } = page;
  const rawRate = baseline.records / (baseline.ms / 1000);
  const fillRate = fill.records / (fill.ms / 1000);
  return [
    { metric: 'dexie_bulkput_records_per_s', value: Math.round(rawRate), unit: 'records/s', records: baseline.records, ms: round(baseline.ms), chunkSize: baseline.chunkSize, durability: 'default' },
    { metric: 'member_fill_records_per_s', value: Math.round(fillRate), unit: 'records/s', records: fill.records, ms: round(fill.ms), chunkSize: fill.chunkSize, durability: 'strict' },
    { metric: 'member_fill_vs_bulkput_ratio', value: round(fillRate / rawRate, 3), unit: 'ratio' },
    { metric: 'board_members_read_ms', value: round(search.readMs), unit: 'ms', rows: search.readRows, query: 'filter().toArray()' },
    { metric: 'members_plain_toarray_ms', value: round(search.plainReadMs), unit: 'ms', rows: search.readRows, query: 'toArray()' },
    { metric: 'demo_generate_ms', value: round(generated.generateMs), unit: 'ms', members: generated.members, activeMembers: generated.activeMembers },
  ];
}

function uiLines(ui: UiScenarioResult): MetricLine[] {
  const toChange = ui.samples.length > 0 ? round(summarize(ui.samples.map((s) => s.toChangeMs)).p95) : null;
  const extra = { role: 'host', unchangedKeystrokes: ui.unchangedKeystrokes, mismatches: ui.mismatches.length, toDomChangeP95: toChange };
  const paint = ui.samples.length > 0 ? latencyLines('board_keystroke_to_paint_ms', summarize(ui.samples.map((s) => s.toFrameMs)), extra) : [];
  const firstPaint: MetricLine = {
    metric: 'board_first_paint_ms', value: round(ui.firstPaintMs), unit: 'ms', role: 'host',
    target: FIRST_PAINT_TARGET_MS, targetOp: '<', pass: ui.firstPaintMs < FIRST_PAINT_TARGET_MS,
  };
  return [...paint, firstPaint, { metric: 'board_initial_load_ms', value: round(ui.loadMs), unit: 'ms', role: 'host' }];
}

function kioskReopenLines(kiosk: KioskReopenResult): MetricLine[] {
  const extra = { role: 'kiosk', firstOpenMs: round(kiosk.firstOpen.toFrameMs), toDomChangeP95: round(summarize(kiosk.reopens.map((s) => s.toChangeMs)).p95) };
  return latencyLines('kiosk_findme_reopen_ms', summarize(kiosk.reopens.map((s) => s.toFrameMs)), extra);
}

export function boardReport(page: PageScenarioResult, ui: UiScenarioResult, kiosk: KioskReopenResult, members: number): ScenarioReport {
  return { lines: metricLines(page, ui, kiosk, members), diagnostics: diagnostics(page, ui) };
}

function metricLines(page: PageScenarioResult, ui: UiScenarioResult, kiosk: KioskReopenResult, members: number): MetricLine[] {
  const common = { members, chromium: page.chromium };
  return [...searchLines(page), ...storageLines(page), ...uiLines(ui), ...kioskReopenLines(kiosk)].map((line) => ({ ...line, ...common }));
}

function describe(line: MetricLine): string {
  const labels = ['stat', 'publicOnly', 'side', 'query', 'action'].flatMap((key) => (key in line ? [`${key}=${String(line[key])}`] : []));
  const op = line.targetOp === '>=' ? '>=' : '<';
  const verdict = 'pass' in line ? ` (target ${op} ${String(line.target)}: ${line.pass === true ? 'PASS' : 'MISS'})` : '';
  return `  ${line.metric}${labels.length > 0 ? ` [${labels.join(' ')}]` : ''}: ${line.value} ${line.unit}${verdict}`;
}

/** Median per query text, slowest first: points at the keystrokes that break the budget. */
export function slowest(queries: readonly string[], samples: readonly number[], count: number): string {
  const byQuery = new Map<string, number[]>();
  queries.forEach((query, index) => {
    const list = byQuery.get(query) ?? [];
    list.push(samples[index] ?? Number.NaN);
    byQuery.set(query, list);
  });
  const medians = [...byQuery].map(([query, list]) => ({ query, ms: summarize(list).p50 }));
  medians.sort((a, b) => b.ms - a.ms);
  return medians.slice(0, count).map(({ query, ms }) => `"${query}" ${round(ms, 1)} ms`).join(', ');
}

function diagnostics(page: PageScenarioResult, ui: UiScenarioResult): string[] {
  const modes = page.search.modes.map((mode) => `  slowest searches (median, publicOnly=${String(mode.publicOnly)}): ${slowest(mode.prefixes, mode.keystrokeMs, 6)}`);
  const paint = `  slowest keystrokes to paint (median): ${slowest(ui.samples.map((s) => s.query), ui.samples.map((s) => s.toFrameMs), 6)}`;
  const mismatches = ui.mismatches.length > 0 ? [`  board/index count mismatches: ${ui.mismatches.slice(0, 5).join('; ')}`] : [];
  return [...modes, paint, ...mismatches];
}

export function humanSummary(reports: readonly ScenarioReport[], elapsedMs: number): string {
  const chromium = reports.flatMap((report) => report.lines).map((line) => line.chromium).find((value) => typeof value === 'string') ?? 'not used';
  const header = `Landhub bench summary (${Math.round(elapsedMs / 1000)} s, Chromium ${chromium}, on-disk profile):`;
  return ['', header, ...reports.flatMap((report) => [...report.lines.map(describe), ...report.diagnostics]), ''].join('\n');
}
