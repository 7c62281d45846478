/**
 * Shared by the Node orchestrator and the code bundled into the bench page, so it stays free of
 * Node and DOM APIs.
 */

/** What a person types into the board's search box, one keystroke at a time. */
export const typedQueries: readonly string[] = ['tischler', 'søren', 'web design', 'jür', 'anna'];

export interface LatencySummary {
  samples: number;
  p50: number;
  p95: number;
  max: number;
}

/** The growing query after each keystroke: "jür" → "j", "jü", "jür". */
export function keystrokePrefixes(query: string): string[] {
  const characters = Array.from(query);
  return characters.map((_, index) => characters.slice(0, index + 1).join(''));
}

/** Nearest-rank percentile: always a value that was really measured, never an interpolation. */
export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of no samples');
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(fraction * sorted.length)));
  return sorted[rank - 1]!;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    samples: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

/** Rounded for the report only; the arithmetic keeps full precision. */
export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
