import type { Booking } from '@core/schemas';
import { addLocalDays, zonedDateOf, zonedInstant, zonedTimeOf, type LocalDate } from '@core/time/zonedTime';
import type { DataContext } from './dataContext';
import { hubTimeZone } from './hubSettingsRepo';
import { readHeldOnDays, readSeriesRows } from './occupancy';
import { csvFile, csvLines, type CsvSeparator } from './spreadsheetCsv';

/**
 * CSV export of the bookings of a date range, or of each place's use per day, for LibreOffice
 * and Excel (data/spreadsheetCsv.ts). Weekly series count with their dates (data/occupancy.ts). Read and built a week at
 * a time, so a long range shows progress and can be cancelled; only reads, never writes.
 */

export type ExportKind = 'bookings' | 'occupancy';
export type RangeProblem = 'missing' | 'toBeforeFrom' | 'tooLong';

/** Two years, counting both ends and a leap day. */
const MAX_EXPORT_DAYS = 731;
const CHUNK_DAYS = 7;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

const dayNumber = (date: LocalDate) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** What is wrong with a range a host chose (both days count), or null. */
export function rangeProblem(from: string, to: string): RangeProblem | null {
  if (!LOCAL_DATE.test(from) || !LOCAL_DATE.test(to) || Number.isNaN(dayNumber(from)) || Number.isNaN(dayNumber(to))) return 'missing';
  if (to < from) return 'toBeforeFrom';
  return dayNumber(to) - dayNumber(from) + 1 > MAX_EXPORT_DAYS ? 'tooLong' : null;
}

/** How many weeks (chunks) an export of the range reads. */
export function exportChunks(from: LocalDate, to: LocalDate): number {
  return Math.ceil((dayNumber(to) - dayNumber(from) + 1) / CHUNK_DAYS);
}

/** The words of the file, in the reader's language. */
export interface ExportLabels {
  header: readonly string[];
  kind: (kind: Booking['resourceKind']) => string;
  status: (status: Booking['status']) => string;
  formerMember: string;
  noName: string;
  /** Hours with the locale's decimal separator, without grouping. */
  hours: (hours: number) => string;
}

export interface ExportRequest {
  kind: ExportKind;
  /** First and last day, both included, on the hub's calendar. */
  from: LocalDate;
  to: LocalDate;
  separator: CsvSeparator;
  labels: ExportLabels;
}

export type ExportOutcome = { kind: 'done'; csv: string; rows: number; fileName: string } | { kind: 'empty' } | { kind: 'cancelled' };

interface ExportProgress {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

type Held = { booking: Booking; fromSeries: boolean };

const live = <T extends { deleted: boolean }>(rows: readonly T[]) => rows.filter((row) => !row.deleted);
const nextTask = () => new Promise<void>((resolve) => { setTimeout(resolve, 0); });

/** `landhub-bookings-2026-12-01_2026-12-31.csv` */
export function exportFileName(kind: ExportKind, from: LocalDate, to: LocalDate): string {
  return `landhub-${kind}-${from}_${to}.csv`;
}

/** Builds the CSV of the range a week at a time; says `empty` rather than giving a file with no booking in it. */
export async function exportBookingsCsv(context: DataContext, request: ExportRequest, progress: ExportProgress = {}): Promise<ExportOutcome> {
  const { db } = context;
  const { labels, separator } = request;
  const timeZone = await hubTimeZone(context);
  const rooms = await db.rooms.toArray();
  const desks = await db.desks.toArray();
  const placeName = new Map<string, string>([...rooms.map((room) => [room.id, room.name] as const), ...desks.map((desk) => [desk.id, desk.code] as const)]);
  const inUse = [...live(rooms).filter((room) => room.active), ...live(desks).filter((desk) => desk.active)].map((place) => place.id);
  const seriesRows = await readSeriesRows(context);
  const memberNames = new Map<string, string | null>();

  const total = exportChunks(request.from, request.to);
  const parts: string[] = [];
  let rowCount = 0;
  let counted = 0;
  for (let chunk = 0; chunk < total; chunk += 1) {
    if (progress.signal?.aborted) return { kind: 'cancelled' };
    const first = addLocalDays(request.from, chunk * CHUNK_DAYS);
    const end = [addLocalDays(first, CHUNK_DAYS), addLocalDays(request.to, 1)].sort()[0] ?? first;
    // A day earlier too: a booking that began the evening before still fills the first morning.
    const readFrom = addLocalDays(first, -1);
    const held = await readHeldOnDays(context, { from: readFrom, to: end }, timeZone, seriesRows);
    const rows = request.kind === 'bookings'
      ? await bookingRows(context, held, { first, end, timeZone, labels, placeName, memberNames })
      : occupancyRows(held, { first, end, timeZone, labels, placeName, inUse });
    counted += rows.counted;
    if (rows.cells.length > 0) {
      parts.push(csvLines(rows.cells, separator));
      rowCount += rows.cells.length;
    }
    progress.onProgress?.(chunk + 1, total);
    // Lets the screen paint the progress and take a Cancel between weeks.
    await nextTask();
  }
  if (progress.signal?.aborted) return { kind: 'cancelled' };
  if (counted === 0) return { kind: 'empty' };
  const csv = csvFile(labels.header, parts, separator);
  return { kind: 'done', csv, rows: rowCount, fileName: exportFileName(request.kind, request.from, request.to) };
}

interface ChunkScope {
  first: LocalDate;
  /** The day after the chunk. */
  end: LocalDate;
  timeZone: string;
  labels: ExportLabels;
  placeName: Map<string, string>;
}

const byStart = (a: Held, b: Held) => a.booking.startsAt.localeCompare(b.booking.startsAt) || a.booking.resourceId.localeCompare(b.booking.resourceId);

/** One row per booking that starts in the chunk: date, start, end on the hub's clock, kind, place, who, title, status, public title. */
async function bookingRows(context: DataContext, held: readonly Held[], scope: ChunkScope & { memberNames: Map<string, string | null> }): Promise<{ cells: string[][]; counted: number }> {
  const { timeZone, labels, memberNames } = scope;
  const inChunk = held.filter(({ booking }) => {
    const date = zonedDateOf(new Date(booking.startsAt), timeZone);
    return date >= scope.first && date < scope.end;
  }).sort(byStart);
  const unknown = [...new Set(inChunk.flatMap(({ booking }) => (booking.memberId && !memberNames.has(booking.memberId) ? [booking.memberId] : [])))];
  if (unknown.length > 0) {
    const found = await context.db.members.bulkGet(unknown);
    unknown.forEach((id, index) => { const member = found[index]; memberNames.set(id, member && !member.deleted ? member.name : null); });
  }
  const cells = inChunk.map(({ booking }) => {
    const starts = new Date(booking.startsAt);
    const ends = new Date(booking.endsAt);
    const date = zonedDateOf(starts, timeZone);
    const endDate = zonedDateOf(ends, timeZone);
    const endTime = zonedTimeOf(ends, timeZone);
    const who = booking.memberId ? (memberNames.get(booking.memberId) ?? labels.formerMember) : (booking.title || labels.noName);
    return [
      date, zonedTimeOf(starts, timeZone), endDate === date ? endTime : `${endDate} ${endTime}`,
      labels.kind(booking.resourceKind), scope.placeName.get(booking.resourceId) ?? '', who, booking.title, labels.status(booking.status), booking.publicEvent?.title ?? '',
    ];
  });
  return { cells, counted: cells.length };
}

/** One row per place in use and day of the chunk: place, day, hours its confirmed bookings cover that day, how many. */
function occupancyRows(held: readonly Held[], scope: ChunkScope & { inUse: readonly string[] }): { cells: string[][]; counted: number } {
  const { timeZone, labels } = scope;
  const confirmed = held.filter(({ booking }) => booking.status === 'confirmed');
  const places = [...new Set([...scope.inUse, ...confirmed.map(({ booking }) => booking.resourceId)])]
    .sort((a, b) => (scope.placeName.get(a) ?? a).localeCompare(scope.placeName.get(b) ?? b));
  const cells: string[][] = [];
  let counted = 0;
  for (let day = scope.first; day < scope.end; day = addLocalDays(day, 1)) {
    const dayStart = zonedInstant(day, '00:00', timeZone).getTime();
    const dayEnd = zonedInstant(addLocalDays(day, 1), '00:00', timeZone).getTime();
    for (const place of places) {
      let ms = 0;
      let count = 0;
      for (const { booking } of confirmed) {
        if (booking.resourceId !== place) continue;
        const overlap = Math.min(Date.parse(booking.endsAt), dayEnd) - Math.max(Date.parse(booking.startsAt), dayStart);
        if (overlap <= 0) continue;
        ms += overlap;
        count += 1;
      }
      counted += count;
      cells.push([scope.placeName.get(place) ?? '', day, labels.hours(Math.round(ms / 36_000) / 100), String(count)]);
    }
  }
  return { cells, counted };
}
