import { useMemo } from 'react';
import type { Desk, Room, Zone } from '@core/schemas';
import { useFormatting } from '../../app/formatting';
import { useDesks, useMembersByIds, useRooms, useZones } from '../../data/liveQueries';
import { intlLocales } from '../../i18n/i18n';

export interface FloorWithZones {
  floor: Zone;
  zones: Zone[];
}

export interface SpacesView {
  loading: boolean;
  desks: Desk[];
  rooms: Room[];
  /** Floors in name order, each with its zones; active and deactivated alike. */
  floors: FloorWithZones[];
  zoneById: ReadonlyMap<string, Zone>;
  /** "Ground floor › Quiet corner", the floor's name, or null for a place on no floor. */
  whereIs: (zoneId: string | null) => string | null;
  /** Names of the members fixed desks belong to. */
  memberName: (memberId: string) => string | undefined;
}

/** Zones written before deactivation existed are active. */
export const isActiveZone = (zone: Pick<Zone, 'active'>) => zone.active !== false;

/** The hub's premises for the host's screens, sorted as a reader expects (D2 before D10). */
export function useSpaces(): SpacesView {
  const { compareText, language } = useFormatting();
  const desks = useDesks();
  const rooms = useRooms();
  const zones = useZones();
  const fixedIds = useMemo(() => [...new Set((desks ?? []).flatMap((desk) => (desk.fixedMemberId ? [desk.fixedMemberId] : [])))], [desks]);
  const members = useMembersByIds(fixedIds);

  return useMemo(() => {
    const naturalOrder = new Intl.Collator(intlLocales[language], { numeric: true }).compare;
    const zoneById = new Map((zones ?? []).map((zone) => [zone.id, zone]));
    const floors = (zones ?? []).filter((zone) => zone.kind === 'floor').sort((a, b) => compareText(a.name, b.name))
      .map((floor) => ({ floor, zones: (zones ?? []).filter((zone) => zone.kind === 'zone' && zone.parentId === floor.id).sort((a, b) => compareText(a.name, b.name)) }));
    const memberNames = new Map((members ?? []).map((member) => [member.id, member.name]));
    const whereIs = (zoneId: string | null) => {
      const zone = zoneId ? zoneById.get(zoneId) : undefined;
      if (!zone) return null;
      const floor = zone.parentId ? zoneById.get(zone.parentId) : undefined;
      return floor ? `${floor.name} › ${zone.name}` : zone.name;
    };
    return {
      loading: !desks || !rooms || !zones,
      desks: [...(desks ?? [])].sort((a, b) => naturalOrder(a.code, b.code)),
      rooms: [...(rooms ?? [])].sort((a, b) => compareText(a.name, b.name)),
      floors,
      zoneById,
      whereIs,
      memberName: (memberId: string) => memberNames.get(memberId),
    };
  }, [desks, rooms, zones, members, compareText, language]);
}
