import { describe, expect, it } from 'vitest';
import type { Desk, Room, Zone } from '../schemas';
import { movedByKey, placesOnFloor, planSize, positionInBox } from './floorPlaces';

const sync = { hlc: { '*': '0001700000000-000000-test' }, deviceId: 'test', deleted: false };
const zone = (id: string, kind: Zone['kind'], parentId: string | null): Zone => ({ id, name: id, kind, parentId, quiet: false, active: true, ...sync });
const desk = (id: string, zoneId: string | null, extra: Partial<Desk> = {}): Desk => ({ id, code: id, zoneId, features: [], active: true, ...sync, ...extra });
const room = (id: string, zoneId: string | null): Room => ({ id, name: id, zoneId, capacity: 4, equipment: [], description: '', active: true, ...sync });

describe('placesOnFloor', () => {
  it('takes the active desks and rooms on the floor or one of its zones, and nothing from another floor', () => {
    const zones = [zone('ground', 'floor', null), zone('quiet', 'zone', 'ground'), zone('first', 'floor', null), zone('loft', 'zone', 'first')];
    const desks = [desk('D1', 'ground'), desk('D2', 'quiet'), desk('D3', 'loft'), desk('D4', null), desk('D5', 'quiet', { active: false }), desk('D6', 'ground', { deleted: true })];
    const rooms = [room('Fjorden', 'quiet'), room('Loftet', 'first')];
    const ids = placesOnFloor('ground', zones, desks, rooms).map((place) => `${place.kind}:${place.row.id}`);
    expect(ids).toEqual(['desk:D1', 'desk:D2', 'room:Fjorden']);
  });
});

describe('movedByKey', () => {
  it('steps by a hundredth, by a twentieth with Shift, and never leaves the plan', () => {
    expect(movedByKey({ x: 0.5, y: 0.5 }, 'ArrowRight', false)).toEqual({ x: 0.51, y: 0.5 });
    expect(movedByKey({ x: 0.5, y: 0.5 }, 'ArrowUp', true)).toEqual({ x: 0.5, y: 0.45 });
    expect(movedByKey({ x: 0.02, y: 0.99 }, 'ArrowLeft', true)).toEqual({ x: 0, y: 0.99 });
    expect(movedByKey({ x: 0.5, y: 0.99 }, 'ArrowDown', true)).toEqual({ x: 0.5, y: 1 });
    expect(movedByKey({ x: 0.5, y: 0.5 }, 'Enter', false)).toBeNull();
  });
});

describe('positionInBox', () => {
  it('turns a point on the drawn plan into fractions, clamped to the plan', () => {
    const box = { left: 100, top: 50, width: 400, height: 200 };
    expect(positionInBox({ x: 300, y: 100 }, box)).toEqual({ x: 0.5, y: 0.25 });
    expect(positionInBox({ x: 0, y: 900 }, box)).toEqual({ x: 0, y: 1 });
    expect(positionInBox({ x: 1, y: 1 }, { left: 0, top: 0, width: 0, height: 0 })).toEqual({ x: 0.5, y: 0.5 });
  });
});

describe('planSize', () => {
  it('shrinks a large image to the longest edge allowed, keeps its proportions and never enlarges', () => {
    expect(planSize(3200, 1600, 1600)).toEqual({ width: 1600, height: 800 });
    expect(planSize(1000, 4000, 1600)).toEqual({ width: 400, height: 1600 });
    expect(planSize(800, 600, 1600)).toEqual({ width: 800, height: 600 });
  });
});
