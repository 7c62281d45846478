import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seriesExceptionId } from '@core/bookings/bookingSeries';
import { HybridClock } from '@core/hlc';
import { newId } from '@core/ids';
import { defaultHubSettings, HUB_SETTINGS_ID } from '@core/schemas';
import { applyHubWrites, HUB_NODE } from '../sync/syncEngine';
import { bookingFields, openSeriesHub, seriesFields, slot, type SeriesHub } from '../sync/testSeries';
import { jobSettingsOf } from './hubJob';
import { noShowReleaseJob } from './noShowRelease';

/**
 * The no-show release of weekly series dates on the hub's engine and its real SQLite store (in
 * memory): the job reads, plans and writes as the scheduler runs it, at the hub's clock set by the
 * test. The series meets on Sundays 09:00 to 11:00 in Copenhagen across the end of summer time
 * (25 October 2026: 09:00 is 07:00 UTC the week before, 08:00 UTC that day).
 */

const DESK = 'desk-7';
let hub: SeriesHub;
beforeEach(() => { hub = openSeriesHub(new Date('2026-10-17T12:00:00Z')); });
afterEach(() => { hub.close(); });

const sundays = (extra: Record<string, unknown> = {}) => seriesFields(DESK, { resourceKind: 'desk', memberId: 'member-1', weekdays: [7], startDate: '2026-10-18', until: '2026-11-29', startTime: '09:00', endTime: '11:00', ...extra });

function create(table: 'bookingSeries' | 'bookings', fields: Record<string, unknown>): string {
  const id = newId();
  expect(hub.push('host', table, id, fields)).toMatchObject({ status: 'applied' });
  return id;
}

function turnOn(minutes: number | null) {
  expect(hub.push('host', 'hubSettings', HUB_SETTINGS_ID, { ...defaultHubSettings, noShowReleaseMinutes: minutes })).toMatchObject({ status: 'applied' });
}

/** One run of the job at `now`, as the scheduler makes it: read, plan and the hub's own writes in one transaction. */
function runAt(iso: string): number {
  const now = new Date(iso);
  const clock = new HybridClock(HUB_NODE, () => now.getTime());
  return hub.store.transaction(() => applyHubWrites(hub.store, noShowReleaseJob.run(hub.store, { now, settings: jobSettingsOf(hub.store), newId }), clock));
}

const exceptionOf = (seriesId: string, date: string) => hub.row('seriesExceptions', seriesExceptionId(seriesId, date));

describe('the no-show release of weekly series dates', () => {
  it('releases the day\'s date nobody checked into, at its start plus the minutes in the hub\'s zone, on both sides of the end of summer time', () => {
    turnOn(15);
    const seriesId = create('bookingSeries', sundays());
    // Summer time: 09:00 is 07:00 UTC.
    expect(runAt('2026-10-18T07:14:00Z')).toBe(0);
    expect(runAt('2026-10-18T07:15:00Z')).toBe(1);
    expect(exceptionOf(seriesId, '2026-10-18')).toMatchObject({ seriesId, date: '2026-10-18', kind: 'released', winnerId: null, deleted: false, deviceId: HUB_NODE });
    // Winter time from 25 October: 07:30 UTC would be 09:30 in summer time, but it is 08:30 now.
    expect(runAt('2026-10-25T07:30:00Z')).toBe(0);
    expect(exceptionOf(seriesId, '2026-10-25')).toBeUndefined();
    expect(runAt('2026-10-25T08:15:00Z')).toBe(1);
    expect(exceptionOf(seriesId, '2026-10-25')).toMatchObject({ kind: 'released' });
    // Released once: a later run writes nothing, and the next Sunday is untouched.
    expect(runAt('2026-10-25T08:40:00Z')).toBe(0);
    expect(exceptionOf(seriesId, '2026-11-01')).toBeUndefined();
  });

  it('frees the desk for the rest of the date: a booking there is then confirmed, not rejected for the series', () => {
    turnOn(15);
    create('bookingSeries', sundays());
    expect(runAt('2026-10-18T07:20:00Z')).toBe(1);
    const walkIn = create('bookings', bookingFields(DESK, slot('2026-10-18', '09:30', '11:00'), { resourceKind: 'desk' }));
    expect(hub.row('bookings', walkIn)).toMatchObject({ status: 'confirmed' });
  });

  it('never releases a date checked into, a date a host skipped, a date that ended, a cancelled series, or anything while the release is off', () => {
    turnOn(null);
    const came = create('bookingSeries', sundays());
    const skipped = create('bookingSeries', sundays({ resourceId: 'desk-8' }));
    const cancelled = create('bookingSeries', sundays({ resourceId: 'desk-9', status: 'cancelled' }));
    const ended = create('bookingSeries', sundays({ resourceId: 'desk-10', startTime: '08:00', endTime: '09:10' }));
    hub.push('host', 'seriesExceptions', seriesExceptionId(came, '2026-10-18'), { seriesId: came, date: '2026-10-18', kind: 'checkedIn', winnerId: null });
    hub.push('host', 'seriesExceptions', seriesExceptionId(skipped, '2026-10-18'), { seriesId: skipped, date: '2026-10-18', kind: 'skipped', winnerId: null });
    expect(runAt('2026-10-18T07:20:00Z')).toBe(0);
    turnOn(15);
    expect(runAt('2026-10-18T07:20:00Z')).toBe(0);
    expect(exceptionOf(came, '2026-10-18')).toMatchObject({ kind: 'checkedIn' });
    expect(exceptionOf(skipped, '2026-10-18')).toMatchObject({ kind: 'skipped' });
    expect(exceptionOf(cancelled, '2026-10-18')).toBeUndefined();
    expect(exceptionOf(ended, '2026-10-18')).toBeUndefined();
  });

  it('keeps the dates a kiosk and a door checked into through the push path, and releases the one nobody came to', () => {
    // Sunday 18 October, 09:05 in Copenhagen: the dates started five minutes ago.
    hub.close();
    hub = openSeriesHub(new Date('2026-10-18T07:05:00Z'));
    turnOn(15);
    const atTheKiosk = create('bookingSeries', sundays());
    const atTheDoor = create('bookingSeries', sundays({ resourceKind: 'room', resourceId: 'room-fjorden', memberId: null }));
    const nobody = create('bookingSeries', sundays({ resourceId: 'desk-8' }));
    const checkIn = (seriesId: string) => ({ seriesId, date: '2026-10-18', kind: 'checkedIn', winnerId: null, deleted: false });
    expect(hub.push('kiosk', 'seriesExceptions', seriesExceptionId(atTheKiosk, '2026-10-18'), checkIn(atTheKiosk))).toMatchObject({ status: 'applied' });
    expect(hub.push('room', 'seriesExceptions', seriesExceptionId(atTheDoor, '2026-10-18'), checkIn(atTheDoor), 'room-fjorden')).toMatchObject({ status: 'applied' });
    expect(runAt('2026-10-18T07:20:00Z')).toBe(1);
    expect(exceptionOf(atTheKiosk, '2026-10-18')).toMatchObject({ kind: 'checkedIn', deviceId: 'kiosk-machine' });
    expect(exceptionOf(atTheDoor, '2026-10-18')).toMatchObject({ kind: 'checkedIn', deviceId: 'room-machine' });
    expect(exceptionOf(nobody, '2026-10-18')).toMatchObject({ kind: 'released', deviceId: HUB_NODE });
    // Too late: the date is released, and a kiosk that comes now checks into nothing.
    expect(hub.push('kiosk', 'seriesExceptions', seriesExceptionId(nobody, '2026-10-18'), checkIn(nobody))).toMatchObject({ status: 'refused', refusal: { code: 'kioskOnlyConfirms' } });
    expect(exceptionOf(nobody, '2026-10-18')).toMatchObject({ kind: 'released' });
  });

  it('releases a date again that a host gave back while nobody has come', () => {
    // The host desk's stamps fall between the two runs, as a host who gives the date back after the first one.
    hub.close();
    hub = openSeriesHub(new Date('2026-10-18T07:25:00Z'));
    turnOn(15);
    const seriesId = create('bookingSeries', sundays());
    expect(runAt('2026-10-18T07:20:00Z')).toBe(1);
    expect(hub.push('host', 'seriesExceptions', seriesExceptionId(seriesId, '2026-10-18'), { deleted: true })).toMatchObject({ status: 'applied' });
    expect(runAt('2026-10-18T07:30:00Z')).toBe(1);
    expect(exceptionOf(seriesId, '2026-10-18')).toMatchObject({ kind: 'released', deleted: false });
  });
});
