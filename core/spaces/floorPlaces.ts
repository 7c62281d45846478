import type { Desk, PlanPosition, Room, Zone } from '../schemas';
import type { PlanPlace } from './planStatus';

/**
 * The active desks and rooms of a floor: those whose zone is the floor itself or one of its
 * zones. A place on no floor, or on another floor, is not offered on this floor's plan.
 */
export function placesOnFloor(floorId: string, zones: readonly Zone[], desks: readonly Desk[], rooms: readonly Room[]): PlanPlace[] {
  const zoneIds = new Set([floorId, ...zones.filter((zone) => !zone.deleted && zone.kind === 'zone' && zone.parentId === floorId).map((zone) => zone.id)]);
  const here = (place: Desk | Room) => !place.deleted && place.active && place.zoneId !== null && zoneIds.has(place.zoneId);
  return [
    ...desks.filter(here).map((row): PlanPlace => ({ kind: 'desk', row })),
    ...rooms.filter(here).map((row): PlanPlace => ({ kind: 'room', row })),
  ];
}

/** A small step of the arrow keys, and a bigger one with Shift: fractions of the plan. */
export const PLAN_STEP = 0.01;
export const PLAN_BIG_STEP = 0.05;

const clamp = (value: number) => Math.min(1, Math.max(0, Math.round(value * 10_000) / 10_000));

/** Where an arrow key moves a marker; null for any other key. Positions stay inside the plan. */
export function movedByKey(position: PlanPosition, key: string, bigStep: boolean): PlanPosition | null {
  const step = bigStep ? PLAN_BIG_STEP : PLAN_STEP;
  const deltas: Readonly<Record<string, readonly [number, number]>> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
  const delta = deltas[key];
  if (!delta) return null;
  const [dx, dy] = delta;
  return { x: clamp(position.x + dx), y: clamp(position.y + dy) };
}

/** A point on the drawn plan (pixels from its box's corner) as fractions of the plan, kept inside it. */
export function positionInBox(point: { x: number; y: number }, box: { left: number; top: number; width: number; height: number }): PlanPosition {
  if (box.width <= 0 || box.height <= 0) return { x: 0.5, y: 0.5 };
  return { x: clamp((point.x - box.left) / box.width), y: clamp((point.y - box.top) / box.height) };
}

/** The size a plan image is drawn at before it is stored: neither edge over `maxEdge`, never enlarged, proportions kept. */
export function planSize(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / width, maxEdge / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
