import type { Desk } from '../schemas';

/**
 * Which desks can be used at all, the one rule for the kiosk's walk-in desks and (next) the
 * host's timeline and the hub. A deactivated or out-of-service desk is offered to nobody; a
 * fixed desk only to its member (a host books it for anyone).
 */
export function deskInService(desk: Pick<Desk, 'active' | 'outOfService'>): boolean {
  return desk.active && !desk.outOfService;
}

/** A desk a walk-in may take: in service and not somebody's own desk. */
export function deskOpenToWalkIns(desk: Pick<Desk, 'active' | 'outOfService' | 'fixedMemberId'>): boolean {
  return deskInService(desk) && !desk.fixedMemberId;
}

