import { afterEach, describe, expect, it } from 'vitest';
import type { DeskFields, RoomFields, ZoneFields } from '@core/schemas';
import type { DataContext } from './dataContext';
import { placeOnPlan, saveDesk, saveRoom, saveZone, setDeskActive, setFloorPlan, setZoneActive } from './spacesRepo';
import { openTestContext } from './testContext';

let context: DataContext;
afterEach(() => { context.db.close(); });

const desk = (code: string, zoneId: string | null = null): DeskFields => ({ code, zoneId, features: ['monitor'], active: true, fixedMemberId: null, outOfService: null });
const room = (name: string, zoneId: string | null = null): RoomFields => ({
  name, zoneId, capacity: 6, equipment: ['Whiteboard'], description: '', active: true, bookableBy: 'members',
});
const floor = (name: string): ZoneFields => ({ name, kind: 'floor', parentId: null, quiet: false });

async function savedId(outcome: Promise<{ kind: string; id?: string }>): Promise<string> {
  const result = await outcome;
  if (result.kind !== 'saved' || !result.id) throw new Error(`not saved: ${result.kind}`);
  return result.id;
}

describe('the premises a host keeps', () => {
  it('adds a desk, queues it for the hub, and edits it in place', async () => {
    context = await openTestContext();
    const id = await savedId(saveDesk(context, null, desk('D1')));
    expect(await saveDesk(context, id, { ...desk('D1'), outOfService: 'Broken chair' })).toEqual({ kind: 'saved', id });
    expect(await context.db.desks.get(id)).toMatchObject({ code: 'D1', outOfService: 'Broken chair', active: true });
    expect((await context.db.outbox.toArray()).map((entry) => entry.fields)).toEqual([
      expect.objectContaining({ code: 'D1' }),
      { outOfService: 'Broken chair' },
    ]);
  });

  it('refuses a second desk with the same label however it is typed, and writes nothing', async () => {
    context = await openTestContext();
    await savedId(saveDesk(context, null, desk('D 4')));
    expect(await saveDesk(context, null, desk('d4'))).toEqual({ kind: 'nameTaken', name: 'D 4' });
    expect(await context.db.desks.count()).toBe(1);
    expect(await context.db.outbox.count()).toBe(1);
  });

  it('lets a desk keep its own label when edited', async () => {
    context = await openTestContext();
    const id = await savedId(saveDesk(context, null, desk('D7')));
    expect((await saveDesk(context, id, { ...desk('D7'), features: [] })).kind).toBe('saved');
  });

  it('refuses a room name twice, and says which room has it', async () => {
    context = await openTestContext();
    await savedId(saveRoom(context, null, room('Fjorden')));
    expect(await saveRoom(context, null, room('fjorden'))).toEqual({ kind: 'nameTaken', name: 'Fjorden' });
  });

  it('allows a zone name once per floor, but the same name on another floor', async () => {
    context = await openTestContext();
    const ground = await savedId(saveZone(context, null, floor('Ground floor')));
    const first = await savedId(saveZone(context, null, floor('First floor')));
    const zone = (parentId: string): ZoneFields => ({ name: 'Quiet corner', kind: 'zone', parentId, quiet: true });
    await savedId(saveZone(context, null, zone(ground)));
    expect((await saveZone(context, null, zone(ground))).kind).toBe('nameTaken');
    expect((await saveZone(context, null, zone(first))).kind).toBe('saved');
  });

  it('keeps a floor active while a zone, desk or room in it is, and counts what holds it', async () => {
    context = await openTestContext();
    const ground = await savedId(saveZone(context, null, floor('Ground floor')));
    const corner = await savedId(saveZone(context, null, { name: 'Corner', kind: 'zone', parentId: ground, quiet: false }));
    const deskId = await savedId(saveDesk(context, null, desk('D1', corner)));
    await savedId(saveRoom(context, null, room('Havnen', ground)));
    expect(await setZoneActive(context, ground, false)).toEqual({ kind: 'inUse', zones: 1, desks: 1, rooms: 1 });
    expect(await setZoneActive(context, corner, false)).toEqual({ kind: 'inUse', zones: 0, desks: 1, rooms: 0 });
    expect((await setDeskActive(context, deskId, false)).kind).toBe('saved');
    expect((await setZoneActive(context, corner, false)).kind).toBe('saved');
    expect((await context.db.zones.get(corner))?.active).toBe(false);
  });

  it('does not bring a desk back while another active desk has taken its label', async () => {
    context = await openTestContext();
    const old = await savedId(saveDesk(context, null, desk('D2')));
    await setDeskActive(context, old, false);
    // The label is free for the second desk only once the first one is renamed; the repository
    // refuses the same label for every live desk, active or not.
    expect((await saveDesk(context, null, desk('D2'))).kind).toBe('nameTaken');
    expect((await setDeskActive(context, old, true)).kind).toBe('saved');
  });

  it('places a desk on the plan and takes it off again', async () => {
    context = await openTestContext();
    const id = await savedId(saveDesk(context, null, desk('D3')));
    await placeOnPlan(context, 'desk', id, { x: 0.25, y: 0.5 });
    expect((await context.db.desks.get(id))?.planPosition).toEqual({ x: 0.25, y: 0.5 });
    await placeOnPlan(context, 'desk', id, null);
    expect((await context.db.desks.get(id))?.planPosition).toBeNull();
    expect(await placeOnPlan(context, 'room', 'no-such-room', { x: 0, y: 0 })).toEqual({ kind: 'gone' });
  });

  it('keeps the plan image of a floor, syncs it as one field, keeps it through an edit of the floor, and removes it', async () => {
    context = await openTestContext();
    const floorId = await savedId(saveZone(context, null, floor('Ground floor')));
    const zoneId = await savedId(saveZone(context, null, { name: 'Quiet corner', kind: 'zone', parentId: floorId, quiet: true }));
    const plan = { image: 'data:image/png;base64,iVBORw0KGgo=', width: 800, height: 600 };
    expect(await setFloorPlan(context, floorId, plan)).toEqual({ kind: 'saved', id: floorId });
    expect((await context.db.outbox.toArray()).at(-1)?.fields).toEqual({ plan });
    await saveZone(context, floorId, floor('Ground floor, east'));
    expect(await context.db.zones.get(floorId)).toMatchObject({ name: 'Ground floor, east', plan });
    await setFloorPlan(context, floorId, null);
    expect((await context.db.zones.get(floorId))?.plan).toBeNull();
    // A zone is not a floor, and a floor removed elsewhere is gone: nothing is written.
    const before = await context.db.outbox.count();
    expect(await setFloorPlan(context, zoneId, plan)).toEqual({ kind: 'gone' });
    expect(await setFloorPlan(context, 'no-such-floor', plan)).toEqual({ kind: 'gone' });
    expect(await context.db.outbox.count()).toBe(before);
  });

  it('refuses a plan that is not a raster image', async () => {
    context = await openTestContext();
    const floorId = await savedId(saveZone(context, null, floor('Ground floor')));
    await expect(setFloorPlan(context, floorId, { image: 'data:image/svg+xml;base64,PHN2Zz4=', width: 10, height: 10 })).rejects.toThrow();
    expect((await context.db.zones.get(floorId))?.plan).toBeUndefined();
  });
});
