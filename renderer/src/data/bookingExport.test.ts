import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import type { Booking } from '@core/schemas';
import { zonedInstant } from '@core/time/zonedTime';
import { saveHostBooking } from './bookingRepo';
import { exportBookingsCsv, exportChunks, rangeProblem, type ExportLabels, type ExportRequest } from './bookingExport';
import type { DataContext } from './dataContext';
import { addMember } from './memberRepo';
import { putRecordAt } from './recordWriter';
import { createHostSeries } from './seriesRepo';
import { openTestContext } from './testContext';
import { memberProfile } from './testSupport';

let context: DataContext;

const CPH = 'Europe/Copenhagen';
const now = () => zonedInstant('2026-12-01', '09:00', CPH);
const at = (date: string, time: string) => zonedInstant(date, time, CPH).toISOString();
const room = (name: string) => ({ name, zoneId: null, capacity: 8, equipment: [], description: '', active: true, bookableBy: 'members' as const });

const labels = (decimal: string): ExportLabels => ({
  header: ['Date', 'Start', 'End', 'Kind', 'Place', 'Who', 'Title', 'Status', 'Public event'],
  kind: (kind) => kind,
  status: (status: Booking['status']) => `status:${status}`,
  formerMember: 'Former member',
  noName: 'No name',
  hours: (hours) => String(hours).replace('.', decimal),
});
const request = (overrides: Partial<ExportRequest> = {}): ExportRequest => ({ kind: 'bookings', from: '2026-12-01', to: '2026-12-31', separator: ',', labels: labels('.'), ...overrides });

async function withBookings(): Promise<void> {
  context = await openTestContext({ now });
  await putRecordAt(context, 'rooms', 'room-fjorden', room('Fjorden'));
  await putRecordAt(context, 'rooms', 'room-skoven', room('Skoven'));
  const member = await addMember(context, memberProfile('Holm; "Anna"\nJensen'));
  const saved = await saveHostBooking(context, null, {
    resourceKind: 'room', resourceId: 'room-fjorden', memberId: member.id, title: 'Planning',
    startsAt: at('2026-12-03', '10:00'), endsAt: at('2026-12-03', '11:30'), publicEvent: null,
  });
  if (saved.kind !== 'saved') throw new Error('not booked');
  const series = await createHostSeries(context, {
    resourceKind: 'room', resourceId: 'room-skoven', memberId: null, title: 'Strikkeklub',
    weekdays: [2], startDate: '2026-12-01', until: '2026-12-15', count: null, startTime: '17:00', endTime: '19:00', status: 'active',
  });
  if (series.kind !== 'created') throw new Error('no series');
}

const parse = (csv: string, delimiter: string) => Papa.parse<string[]>(csv.slice(1), { delimiter, skipEmptyLines: true }).data;

describe('the range of an export', () => {
  it('refuses a range that ends before it starts, runs over two years or lacks a day', () => {
    expect(rangeProblem('2026-12-31', '2026-12-01')).toBe('toBeforeFrom');
    expect(rangeProblem('2026-01-01', '2027-12-31')).toBeNull();
    expect(rangeProblem('2026-01-01', '2028-01-02')).toBe('tooLong');
    expect(rangeProblem('', '2026-12-01')).toBe('missing');
    expect(exportChunks('2026-01-01', '2026-12-31')).toBe(53);
  });
});

describe('the CSV export of bookings', () => {
  afterEach(() => { context.db.close(); });

  it('writes a BOM, a header, CRLF lines and quotes a name with a separator, a quote and a line break; series dates are rows', async () => {
    await withBookings();
    const progress: number[] = [];
    const outcome = await exportBookingsCsv(context, request(), { onProgress: (done) => { progress.push(done); } });
    if (outcome.kind !== 'done') throw new Error(outcome.kind);
    expect(outcome.fileName).toBe('landhub-bookings-2026-12-01_2026-12-31.csv');
    expect(outcome.csv.startsWith('\uFEFFDate,Start,End,Kind,Place,Who,Title,Status,Public event\r\n')).toBe(true);
    expect(outcome.csv.endsWith('\r\n')).toBe(true);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(outcome.csv).toContain('2026-12-03,10:00,11:30,room,Fjorden,"Holm; ""Anna""\nJensen",Planning,status:confirmed,\r\n');
    const rows = parse(outcome.csv, ',');
    expect(rows.slice(1).map((row) => [row[0], row[4], row[5]])).toEqual([
      ['2026-12-01', 'Skoven', 'Strikkeklub'],
      ['2026-12-03', 'Fjorden', 'Holm; "Anna"\nJensen'],
      ['2026-12-08', 'Skoven', 'Strikkeklub'],
      ['2026-12-15', 'Skoven', 'Strikkeklub'],
    ]);
    expect(outcome.rows).toBe(4);
  });

  it('uses the Danish separator and decimal comma for occupancy hours, one row per place and day', async () => {
    await withBookings();
    const outcome = await exportBookingsCsv(context, request({ kind: 'occupancy', from: '2026-12-01', to: '2026-12-03', separator: ';', labels: { ...labels(','), header: ['Sted', 'Dag', 'Bookede timer', 'Bookinger'] } }));
    if (outcome.kind !== 'done') throw new Error(outcome.kind);
    expect(outcome.fileName).toBe('landhub-occupancy-2026-12-01_2026-12-03.csv');
    expect(outcome.csv.split('\r\n')).toEqual([
      '\uFEFFSted;Dag;Bookede timer;Bookinger',
      'Fjorden;2026-12-01;0;0', 'Skoven;2026-12-01;2;1',
      'Fjorden;2026-12-02;0;0', 'Skoven;2026-12-02;0;0',
      'Fjorden;2026-12-03;1,5;1', 'Skoven;2026-12-03;0;0',
      '',
    ]);
  });

  it('says there is nothing to export rather than giving an empty file, and stops when cancelled', async () => {
    await withBookings();
    expect(await exportBookingsCsv(context, request({ from: '2027-02-01', to: '2027-02-28' }))).toEqual({ kind: 'empty' });
    const controller = new AbortController();
    const outcome = await exportBookingsCsv(context, request({ from: '2026-01-01', to: '2026-12-31' }), { signal: controller.signal, onProgress: (done) => { if (done === 2) controller.abort(); } });
    expect(outcome).toEqual({ kind: 'cancelled' });
  });

  it('keeps a formula out of a spreadsheet cell', async () => {
    context = await openTestContext({ now });
    await putRecordAt(context, 'rooms', 'room-fjorden', room('Fjorden'));
    await saveHostBooking(context, null, {
      resourceKind: 'room', resourceId: 'room-fjorden', memberId: null, title: '=HYPERLINK("x")',
      startsAt: at('2026-12-03', '10:00'), endsAt: at('2026-12-03', '11:00'), publicEvent: null,
    });
    const outcome = await exportBookingsCsv(context, request());
    if (outcome.kind !== 'done') throw new Error(outcome.kind);
    expect(parse(outcome.csv, ',')[1]?.[5]).toBe('\'=HYPERLINK("x")');
  });
});
