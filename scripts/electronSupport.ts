/**
 * How long each Electron major gets security fixes, and whether the one we pin is past it.
 * `npm test` prints a warning (never a failure) from this table (scripts/checkElectronSupport.ts).
 *
 * Electron supports the latest three stable majors: a major ends when the third one after it
 * ships (https://www.electronjs.org/docs/latest/tutorial/electron-timelines; the dates ahead are
 * on https://releases.electronjs.org/schedule). Dates that have happened are the npm registry's
 * publish dates of the x.0.0 releases (`npm view electron time`): 43.0.0 on 2026-07-01 ended 40,
 * 44.0.0 on 2026-08-25 ended 41, 45.0.0 on 2026-10-21 ended 42. Dates still ahead are estimates
 * from the eight-week cadence on Chromium's calendar (last year's January, March and May
 * releases), marked `estimated`: replace each with the real date when its major ships, and add
 * a row for every new major before moving package.json to it.
 */
export interface ElectronMajorSupport {
  major: number;
  /** First stable release (x.0.0), YYYY-MM-DD. */
  stable: string;
  /** Last day of support, YYYY-MM-DD: the day the third major after it shipped. */
  endOfSupport: string;
  /** True while endOfSupport is a forecast rather than a release that happened. */
  estimated: boolean;
}

export const electronSupport: readonly ElectronMajorSupport[] = [
  { major: 40, stable: '2026-01-16', endOfSupport: '2026-07-01', estimated: false },
  { major: 41, stable: '2026-03-11', endOfSupport: '2026-08-25', estimated: false },
  { major: 42, stable: '2026-05-06', endOfSupport: '2026-10-21', estimated: false },
  { major: 43, stable: '2026-07-01', endOfSupport: '2027-01-12', estimated: true },
  { major: 44, stable: '2026-08-25', endOfSupport: '2027-03-09', estimated: true },
  { major: 45, stable: '2026-10-21', endOfSupport: '2027-05-04', estimated: true },
];

/** Days before the end of support from which `npm test` mentions it. */
export const endingSoonDays = 30;

export type ElectronSupportStatus =
  | { kind: 'supported'; major: number; endOfSupport: string; estimated: boolean; daysLeft: number }
  | { kind: 'endingSoon'; major: number; endOfSupport: string; estimated: boolean; daysLeft: number }
  | { kind: 'ended'; major: number; endOfSupport: string; estimated: boolean; daysAgo: number }
  | { kind: 'unknown'; major: number | null };

const dayMs = 24 * 60 * 60 * 1000;

/** Whole calendar days from `from` to the date `to` (YYYY-MM-DD), both read in UTC. */
function daysUntil(from: Date, to: string): number {
  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  return Math.round((Date.parse(`${to}T00:00:00Z`) - start) / dayMs);
}

/** The major of a version or range as npm writes them: "45.6.1", "^45.6.1", "~45.0.0", "45". */
export function electronMajorOf(version: string): number | null {
  const match = /^\s*[\^~=v]*\s*(\d+)(?:\.|\s*$)/.exec(version);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** Support is over the day after `endOfSupport`: on that day the release that ends it ships. */
export function electronSupportStatus(version: string, today: Date, table: readonly ElectronMajorSupport[] = electronSupport): ElectronSupportStatus {
  const major = electronMajorOf(version);
  const row = major === null ? undefined : table.find((entry) => entry.major === major);
  if (major === null || row === undefined) return { kind: 'unknown', major };
  const daysLeft = daysUntil(today, row.endOfSupport);
  if (daysLeft < 0) return { kind: 'ended', major, endOfSupport: row.endOfSupport, estimated: row.estimated, daysAgo: -daysLeft };
  const kind = daysLeft <= endingSoonDays ? 'endingSoon' : 'supported';
  return { kind, major, endOfSupport: row.endOfSupport, estimated: row.estimated, daysLeft };
}

const days = (count: number) => `${count} ${count === 1 ? 'day' : 'days'}`;

/** The line `npm test` prints, or null while support is not a concern. */
export function electronSupportMessage(status: ElectronSupportStatus): string | null {
  const table = 'scripts/electronSupport.ts';
  switch (status.kind) {
    case 'supported':
      return null;
    case 'endingSoon':
      return `WARNING: Electron ${status.major} gets security fixes only until ${status.endOfSupport}`
        + `${status.estimated ? ' (estimated)' : ''}, ${days(status.daysLeft)} from now: plan the move to a newer major.`;
    case 'ended':
      return `WARNING: Electron ${status.major} has been out of support since ${status.endOfSupport}`
        + `${status.estimated ? ' (estimated: check the date and correct the table)' : ''} (${days(status.daysAgo)}): `
        + `it gets no more security fixes. Move package.json to a supported major and update ${table}.`;
    case 'unknown':
      return status.major === null
        ? 'WARNING: could not tell which Electron major is pinned, so its end of support is unknown.'
        : `WARNING: Electron ${status.major} is not in ${table}, so its end of support is unknown: add its row.`;
  }
}
