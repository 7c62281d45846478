import { foldText } from '@core/search/foldText';
import type { Desk, DeskFields, FloorPlan, PlanPosition, Room, RoomFields, Zone, ZoneFields } from '@core/schemas';
import type { DataContext } from './dataContext';
import { createRecord, inOneTransaction, updateRecord } from './recordWriter';

/**
 * The hub's premises: floors and zones, desks and meeting rooms. Places are deactivated, never
 * deleted, so that old bookings and check-ins still name them; a deactivated place is offered
 * nowhere and can be brought back.
 */

export type SpaceSaved = { kind: 'saved'; id: string };
/** Another desk has that label, another room that name, another zone that name on the floor. */
export type SpaceNameTaken = { kind: 'nameTaken'; name: string };
/** A zone or floor still holds active places; they would point at a place nobody can pick. */
export type SpaceInUse = { kind: 'inUse'; zones: number; desks: number; rooms: number };
export type SpaceGone = { kind: 'gone' };

export type SpaceSaveOutcome = SpaceSaved | SpaceNameTaken | SpaceGone;
export type SpaceActiveOutcome = SpaceSaved | SpaceInUse | SpaceNameTaken | SpaceGone;

/** Labels and names compare as people read them: "d 4", "D4" and "d4" are one desk. */
function sameName(a: string, b: string): boolean {
  return foldText(a).replace(/\s+/g, '') === foldText(b).replace(/\s+/g, '');
}

const isLive = <T extends { deleted: boolean }>(row: T | undefined): row is T => row !== undefined && !row.deleted;

export async function saveDesk(context: DataContext, id: string | null, fields: DeskFields): Promise<SpaceSaveOutcome> {
  return inOneTransaction(context, ['desks'], async () => {
    const desks = (await context.db.desks.toArray()).filter(isLive);
    const taken = desks.find((desk) => desk.id !== id && sameName(desk.code, fields.code));
    if (taken) return { kind: 'nameTaken', name: taken.code };
    if (id === null) return { kind: 'saved', id: (await createRecord(context, 'desks', fields)).id };
    if (!desks.some((desk) => desk.id === id)) return { kind: 'gone' };
    await updateRecord(context, 'desks', id, fields);
    return { kind: 'saved', id };
  });
}

export async function saveRoom(context: DataContext, id: string | null, fields: RoomFields): Promise<SpaceSaveOutcome> {
  return inOneTransaction(context, ['rooms'], async () => {
    const rooms = (await context.db.rooms.toArray()).filter(isLive);
    const taken = rooms.find((room) => room.id !== id && sameName(room.name, fields.name));
    if (taken) return { kind: 'nameTaken', name: taken.name };
    if (id === null) return { kind: 'saved', id: (await createRecord(context, 'rooms', fields)).id };
    if (!rooms.some((room) => room.id === id)) return { kind: 'gone' };
    await updateRecord(context, 'rooms', id, fields);
    return { kind: 'saved', id };
  });
}

/** Zone names are unique on their floor; floor names among floors. */
function zoneNameTaken(zones: readonly Zone[], id: string | null, fields: Pick<ZoneFields, 'name' | 'kind' | 'parentId'>): Zone | undefined {
  return zones.find((zone) => zone.id !== id && zone.kind === fields.kind && zone.parentId === fields.parentId && sameName(zone.name, fields.name));
}

export async function saveZone(context: DataContext, id: string | null, fields: ZoneFields): Promise<SpaceSaveOutcome> {
  return inOneTransaction(context, ['zones'], async () => {
    const zones = (await context.db.zones.toArray()).filter(isLive);
    const taken = zoneNameTaken(zones, id, fields);
    if (taken) return { kind: 'nameTaken', name: taken.name };
    if (id === null) return { kind: 'saved', id: (await createRecord(context, 'zones', { ...fields, active: true })).id };
    if (!zones.some((zone) => zone.id === id)) return { kind: 'gone' };
    await updateRecord(context, 'zones', id, fields);
    return { kind: 'saved', id };
  });
}

export async function setDeskActive(context: DataContext, id: string, active: boolean): Promise<SpaceActiveOutcome> {
  return inOneTransaction(context, ['desks'], async () => {
    const desk = await context.db.desks.get(id);
    if (!isLive(desk)) return { kind: 'gone' };
    if (active) {
      const twin = (await context.db.desks.toArray()).find((other) => isLive(other) && other.active && other.id !== id && sameName(other.code, desk.code));
      if (twin) return { kind: 'nameTaken', name: twin.code };
    }
    await updateRecord(context, 'desks', id, { active });
    return { kind: 'saved', id };
  });
}

export async function setRoomActive(context: DataContext, id: string, active: boolean): Promise<SpaceActiveOutcome> {
  return inOneTransaction(context, ['rooms'], async () => {
    const room = await context.db.rooms.get(id);
    if (!isLive(room)) return { kind: 'gone' };
    await updateRecord(context, 'rooms', id, { active });
    return { kind: 'saved', id };
  });
}

/**
 * A floor or zone is deactivated only once nothing active sits in it, so that no desk or room
 * is left in a place the screens no longer offer. A zone comes back only onto an active floor.
 */
export async function setZoneActive(context: DataContext, id: string, active: boolean): Promise<SpaceActiveOutcome> {
  return inOneTransaction(context, ['zones', 'desks', 'rooms'], async () => {
    const zone = await context.db.zones.get(id);
    if (!isLive(zone)) return { kind: 'gone' };
    if (!active) {
      const inUse = await placesIn(context, zone);
      if (inUse.zones + inUse.desks + inUse.rooms > 0) return { kind: 'inUse', ...inUse };
    }
    await updateRecord(context, 'zones', id, { active });
    return { kind: 'saved', id };
  });
}

async function placesIn(context: DataContext, zone: Zone): Promise<Omit<SpaceInUse, 'kind'>> {
  const zones = (await context.db.zones.toArray()).filter((other) => isLive(other) && other.parentId === zone.id && other.active !== false);
  const zoneIds = new Set([zone.id, ...zones.map((other) => other.id)]);
  const inZone = (place: Desk | Room) => isLive(place) && place.active && place.zoneId !== null && zoneIds.has(place.zoneId);
  const desks = (await context.db.desks.toArray()).filter(inZone).length;
  const rooms = (await context.db.rooms.toArray()).filter(inZone).length;
  return { zones: zones.length, desks, rooms };
}

/** Where a desk or room sits on its floor's plan; null takes it off the plan. */
export async function placeOnPlan(context: DataContext, kind: 'desk' | 'room', id: string, position: PlanPosition | null): Promise<SpaceSaved | SpaceGone> {
  const table = kind === 'desk' ? 'desks' : 'rooms';
  return inOneTransaction(context, [table], async () => {
    const place = kind === 'desk' ? await context.db.desks.get(id) : await context.db.rooms.get(id);
    if (!isLive(place)) return { kind: 'gone' };
    if (kind === 'desk') await updateRecord(context, 'desks', id, { planPosition: position });
    else await updateRecord(context, 'rooms', id, { planPosition: position });
    return { kind: 'saved', id };
  });
}

/** A floor's plan image; null removes it (the places keep their positions for a new image). Zones have no plan of their own. */
export async function setFloorPlan(context: DataContext, floorId: string, plan: FloorPlan | null): Promise<SpaceSaved | SpaceGone> {
  return inOneTransaction(context, ['zones'], async () => {
    const floor = await context.db.zones.get(floorId);
    if (!isLive(floor) || floor.kind !== 'floor') return { kind: 'gone' };
    await updateRecord(context, 'zones', floorId, { plan });
    return { kind: 'saved', id: floorId };
  });
}
