import ICAL from 'ical.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatHlc, hlcNodeFromDeviceId } from '@core/hlc';
import type { PairAnswer } from '@core/sync/hubDevice';
import { startHub, type RunningHub } from '../hubService';
import { SyncConnection, pair } from '../sync/syncTestClient';
import { makeTempDir, writeFakeRenderer } from '../testSupport';

/**
 * Calendar feeds from a real hub over HTTP, read back with an independent iCalendar parser
 * (ical.js), as a calendar app would subscribe to them.
 */

let hub: RunningHub;
let stop: () => Promise<void>;
let host: PairAnswer;
const wall = new Date('2026-10-20T08:00:00Z');

// The hub's process runs in another zone than the hub (a server in New York, say): the feed
// must still speak Copenhagen time.
const processZone = process.env.TZ;
beforeAll(() => { process.env.TZ = 'America/New_York'; });
afterAll(() => { process.env.TZ = processZone; });

beforeEach(async () => {
  const temp = await makeTempDir('calendars');
  await writeFakeRenderer(`${temp.dir}/renderer`);
  hub = await startHub({ port: 0, host: '127.0.0.1', dataDir: `${temp.dir}/data`, rendererDir: `${temp.dir}/renderer`, now: () => wall });
  stop = async () => { await hub.close(); await temp.remove(); };
  host = await pair(hub, hub.firstHostCode?.code ?? '', 'Host desk');
});
afterEach(async () => { await stop(); });

let mutation = 0;
async function write(records: [table: string, id: string, fields: Record<string, unknown>][]): Promise<void> {
  const connection = await SyncConnection.greeted(hub, host.token);
  connection.send({
    type: 'push',
    mutations: records.map(([table, recordId, fields]) => {
      mutation += 1;
      return { mutation, change: { table, recordId, fields: { ...fields, deleted: false }, hlc: formatHlc({ wallMs: wall.getTime(), counter: mutation, node: hlcNodeFromDeviceId(host.deviceId) }), deviceId: host.deviceId } };
    }),
  });
  const { results } = await connection.next('pushResult');
  expect(results.every((result) => result.status === 'applied')).toBe(true);
  connection.close();
}

async function feedLink(kind: 'rooms' | 'members', subjectId: string, rotate = false): Promise<string> {
  const response = await fetch(`${hub.url}/api/calendar-feeds`, { method: 'POST', body: JSON.stringify({ kind, subjectId, rotate }), headers: { Authorization: `Bearer ${host.token}` } });
  expect(response.status).toBe(200);
  return `${hub.url}${((await response.json()) as { path: string }).path}`;
}

const member = { name: 'Søren Østergaard', photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [], email: '', phone: '', plan: 'flex', memberSince: '2024-01-01', active: true, consent: {}, cardToken: null, pinHash: null };
const booking = (id: string, resourceKind: 'desk' | 'room', resourceId: string, startsAt: string, endsAt: string, memberId: string | null = 'm1', status = 'confirmed') =>
  ['bookings', id, { resourceKind, resourceId, memberId, title: 'Lønsamtale', startsAt, endsAt, status, rejection: null, confirmedAt: null }] as [string, string, Record<string, unknown>];

function eventsOf(text: string) {
  const parsed: unknown = ICAL.parse(text);
  if (!Array.isArray(parsed)) throw new Error('the feed is one calendar');
  const calendar = new ICAL.Component(parsed);
  // As a calendar app does: the feed's own VTIMEZONE defines what its local times mean.
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
  return {
    calendar,
    events: events.map((event) => ({
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      zone: event.startDate.zone.tzid,
      localStart: event.startDate.toString(),
    })),
  };
}

describe('calendar feeds', () => {
  beforeEach(async () => {
    await write([
      ['hubSettings', 'hub', { name: 'Landhub Tønder', town: 'Tønder', defaultLanguage: 'da', timeZone: 'Europe/Copenhagen', kioskIdleSeconds: 30, checkInPinRequired: false, guestRetentionDays: 30, closingTime: '18:00', hostPinHash: null, pinSalt: null }],
      ['members', 'm1', member],
      ['rooms', 'r1', { name: 'Ådalen', zoneId: null, capacity: 8, equipment: [], description: '', active: true }],
      ['desks', 'd1', { code: 'A3', zoneId: null, features: [], active: true }],
      // Tuesdays at 17:00 in Copenhagen on both sides of the end of summer time (25 October).
      booking('b1', 'room', 'r1', '2026-10-20T15:00:00.000Z', '2026-10-20T17:00:00.000Z'),
      booking('b2', 'room', 'r1', '2026-10-27T16:00:00.000Z', '2026-10-27T18:00:00.000Z', null),
      booking('b3', 'room', 'r1', '2026-10-28T16:00:00.000Z', '2026-10-28T18:00:00.000Z', 'm1', 'cancelled'),
      booking('b4', 'desk', 'd1', '2026-10-21T07:00:00.000Z', '2026-10-21T16:00:00.000Z'),
      // Thursdays at 09:00, three times, the second taken out.
      ['bookingSeries', 's1', { resourceKind: 'room', resourceId: 'r1', memberId: 'm1', title: 'Kor', weekdays: [4], startDate: '2026-10-22', until: null, count: 3, startTime: '09:00', endTime: '10:00', status: 'active' }],
      ['seriesExceptions', 's1_20261029', { seriesId: 's1', date: '2026-10-29', kind: 'skipped', winnerId: null }],
    ]);
  });

  it('gives a room the times it is booked in the hub zone, with its VTIMEZONE, and never who booked or why', async () => {
    const response = await fetch(await feedLink('rooms', 'r1'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text).not.toMatch(/Lønsamtale|Søren/);
    const { calendar, events } = eventsOf(text);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Copenhagen');
    expect(text).not.toContain('Kor');
    expect(events).toEqual([
      { uid: 'b1@landhub', summary: 'Optaget', start: '2026-10-20T15:00:00.000Z', end: '2026-10-20T17:00:00.000Z', zone: 'Europe/Copenhagen', localStart: '2026-10-20T17:00:00' },
      { uid: 's1-2026-10-22@landhub', summary: 'Optaget', start: '2026-10-22T07:00:00.000Z', end: '2026-10-22T08:00:00.000Z', zone: 'Europe/Copenhagen', localStart: '2026-10-22T09:00:00' },
      { uid: 'b2@landhub', summary: 'Optaget', start: '2026-10-27T16:00:00.000Z', end: '2026-10-27T18:00:00.000Z', zone: 'Europe/Copenhagen', localStart: '2026-10-27T17:00:00' },
      // 29 October was taken out; 5 November is after the end of summer time, still at 09:00.
      { uid: 's1-2026-11-05@landhub', summary: 'Optaget', start: '2026-11-05T08:00:00.000Z', end: '2026-11-05T09:00:00.000Z', zone: 'Europe/Copenhagen', localStart: '2026-11-05T09:00:00' },
    ]);
  });

  it("gives a member their own desk and room bookings, named by place", async () => {
    const { events } = eventsOf(await (await fetch(await feedLink('members', 'm1'))).text());
    expect(events.map(({ uid, summary, start }) => [uid, summary, start])).toEqual([
      ['b1@landhub', 'Ådalen', '2026-10-20T15:00:00.000Z'],
      ['b4@landhub', 'Skrivebord A3', '2026-10-21T07:00:00.000Z'],
      ['s1-2026-10-22@landhub', 'Ådalen', '2026-10-22T07:00:00.000Z'],
      ['s1-2026-11-05@landhub', 'Ådalen', '2026-11-05T08:00:00.000Z'],
    ]);
  });

  it('answers 404 with no data to a missing, wrong or rotated key, and to a feed that does not exist', async () => {
    const link = await feedLink('rooms', 'r1');
    const base = link.split('?')[0] ?? '';
    for (const address of [base, `${base}?key=wrong`, `${hub.url}/calendars/rooms/nope.ics?key=x`, `${hub.url}/calendars/rooms/%E0%A4%A.ics?key=x`, `${hub.url}/calendars/guests/r1.ics`]) {
      const response = await fetch(address);
      expect(response.status, address).toBe(404);
      expect(await response.text()).not.toMatch(/VCALENDAR/);
    }
    const rotated = await feedLink('rooms', 'r1', true);
    expect(rotated).not.toBe(link);
    expect((await fetch(link)).status).toBe(404);
    expect((await fetch(rotated)).status).toBe(200);
    expect(await feedLink('rooms', 'r1')).toBe(rotated);
  });

  it('hands feed addresses to host desks only, for rooms and members that exist', async () => {
    const ask = (body: unknown, token = host.token) => fetch(`${hub.url}/api/calendar-feeds`, { method: 'POST', body: JSON.stringify(body), headers: { Authorization: `Bearer ${token}` } });
    expect((await ask({ kind: 'rooms', subjectId: 'r1' }, 'not-a-token')).status).toBe(401);
    expect((await ask({ kind: 'rooms', subjectId: 'r404' })).status).toBe(404);
    expect((await ask({ kind: 'devices', subjectId: 'r1' })).status).toBe(400);
  });
});
