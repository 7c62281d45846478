import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareHlc } from '@core/hlc';
import type { Booking, MemberFields } from '@core/schemas';
import { projectRow } from '@core/sync/roleProjection';
import type { DeviceRole } from '@core/deviceRole';
import type { DataContext } from './dataContext';
import { createRecord, deleteRecord, updateRecord } from './recordWriter';
import { StorageError } from './storageErrors';
import { openTestContext } from './testContext';

const fields: MemberFields = {
  name: 'Søren Østergaard', photo: null, company: 'Snedkeriet', bio: '', skills: [], offers: [], needs: [],
  languages: ['da'], email: 'soren@example.dk', phone: '+45 12 34 56 78', plan: 'flex', memberSince: '2024-03-01',
  active: true, consent: {}, cardToken: null, pinHash: null,
};

let context: DataContext;
afterEach(() => { context.db.close(); vi.restoreAllMocks(); });

describe('the write path', () => {
  it('stamps a time-ordered id, a clock stamp and the device, and queues the change', async () => {
    context = await openTestContext();
    const first = await createRecord(context, 'members', fields);
    const second = await createRecord(context, 'members', { ...fields, name: 'Jürgen Weiß' });
    expect(first.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    expect(second.id > first.id).toBe(true);
    expect(first.deviceId).toBe('device-test-1');
    expect(compareHlc(second.hlc['*']!, first.hlc['*']!)).toBe(1);
    expect(await context.db.members.get(first.id)).toEqual(first);
    const outbox = await context.db.outbox.toArray();
    expect(outbox.map((entry) => entry.recordId)).toEqual([first.id, second.id]);
    expect(outbox[0]!.fields).toMatchObject({ name: 'Søren Østergaard', email: 'soren@example.dk' });
  });

  it('refuses invalid input with a readable reason and writes nothing', async () => {
    context = await openTestContext();
    const attempt = createRecord(context, 'members', { ...fields, name: '  ', email: 'not-an-email' });
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toThrow(/name/);
    expect(await context.db.members.count()).toBe(0);
    expect(await context.db.outbox.count()).toBe(0);
  });

  it('stamps only the fields an update really changed', async () => {
    context = await openTestContext();
    const created = await createRecord(context, 'members', fields);
    const updated = await updateRecord(context, 'members', created.id, { company: 'Tømreriet', name: fields.name });
    expect(Object.keys(updated.hlc).sort()).toEqual(['*', 'company']);
    expect(compareHlc(updated.hlc.company!, created.hlc['*']!)).toBe(1);
    const last = await context.db.outbox.orderBy('seq').last();
    expect(last?.fields).toEqual({ company: 'Tømreriet' });

    await updateRecord(context, 'members', created.id, { company: 'Tømreriet' });
    expect(await context.db.outbox.count()).toBe(2);
  });

  it('deletes by tombstone, and a tombstoned record cannot be edited', async () => {
    context = await openTestContext();
    const created = await createRecord(context, 'members', fields);
    await deleteRecord(context, 'members', created.id);
    const row = await context.db.members.get(created.id);
    expect(row?.deleted).toBe(true);
    expect(row?.hlc.deleted).toBeDefined();
    expect((await context.db.outbox.orderBy('seq').last())?.fields).toEqual({ deleted: true });
    await expect(updateRecord(context, 'members', created.id, { company: 'x' })).rejects.toMatchObject({ key: 'recordMissing' });
  });

  it('keeps everything already saved when the disk is full, and says so plainly', async () => {
    context = await openTestContext();
    const saved = await createRecord(context, 'members', fields);
    vi.spyOn(context.db.outbox, 'bulkAdd').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const attempt = createRecord(context, 'members', { ...fields, name: 'Anja Schröder' });
    await expect(attempt).rejects.toMatchObject({ key: 'storageFull' });
    await expect(attempt).rejects.toThrow(/Nothing already saved was lost/);
    expect((await context.db.members.toArray()).map((member) => member.id)).toEqual([saved.id]);
    expect(await context.db.outbox.count()).toBe(1);
  });

  it('never hands out an older stamp after a restart with the wall clock set back', async () => {
    let wall = new Date('2026-11-30T10:00:00Z');
    const databaseName = 'clock-restart';
    context = await openTestContext({ databaseName, now: () => wall });
    const before = await createRecord(context, 'members', fields);
    context.db.close();
    wall = new Date('2026-11-29T10:00:00Z');
    context = await openTestContext({ databaseName, now: () => wall });
    const after = await createRecord(context, 'members', { ...fields, name: 'Later' });
    expect(compareHlc(after.hlc['*']!, before.hlc['*']!)).toBe(1);
  });
});

describe('the write path on a public machine, whose rows lack what the hub withholds', () => {
  const STAMP = '0001700000000-000000-hostA';
  const hostBooking: Booking = {
    id: 'b1', resourceKind: 'room', resourceId: 'room-1', memberId: 'm1', title: 'Board meeting',
    startsAt: '2026-12-02T09:00:00.000Z', endsAt: '2026-12-02T11:00:00.000Z', status: 'confirmed',
    rejection: null, confirmedAt: null, hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false,
  };

  /** The booking as the hub sends it to `role`, stored as the machine would store its download. */
  async function projected(role: DeviceRole): Promise<Record<string, unknown>> {
    context = await openTestContext();
    const row = projectRow('bookings', hostBooking, role, { hashCardToken: (token) => token, roomId: 'room-1' }, undefined);
    await context.db.bookings.put(row as Booking);
    return row;
  }

  it('lets a kiosk confirm a booking it holds without its own title', async () => {
    expect(await projected('kiosk')).not.toHaveProperty('title');
    const next = await updateRecord(context, 'bookings', 'b1', { confirmedAt: '2026-12-02T08:58:00.000Z' });
    expect(next).not.toHaveProperty('title');
    expect(next.confirmedAt).toBe('2026-12-02T08:58:00.000Z');
    expect((await context.db.outbox.toArray()).map((entry) => entry.fields)).toEqual([{ confirmedAt: '2026-12-02T08:58:00.000Z' }]);
  });

  it('lets a room display end a meeting early without knowing whose it is', async () => {
    const row = await projected('room');
    expect(row).not.toHaveProperty('memberId');
    const next = await updateRecord(context, 'bookings', 'b1', { endsAt: '2026-12-02T10:00:00.000Z' });
    expect(next.endsAt).toBe('2026-12-02T10:00:00.000Z');
    expect(next).not.toHaveProperty('memberId');
    expect(await context.db.bookings.get('b1')).toEqual(next);
    expect((await context.db.outbox.toArray()).map((entry) => entry.fields)).toEqual([{ endsAt: '2026-12-02T10:00:00.000Z' }]);
  });

  it('still refuses a bad value or an unknown field there, and writes nothing', async () => {
    await projected('room');
    await expect(updateRecord(context, 'bookings', 'b1', { endsAt: 'tomorrow' })).rejects.toMatchObject({ key: 'invalidInput' });
    // @ts-expect-error: a field bookings do not have
    await expect(updateRecord(context, 'bookings', 'b1', { colour: 'red' })).rejects.toMatchObject({ key: 'invalidInput' });
    await expect(updateRecord(context, 'bookings', 'b1', { status: 'maybe' as 'confirmed' })).rejects.toThrow(/status/);
    expect(await context.db.outbox.count()).toBe(0);
  });
});
