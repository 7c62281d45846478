import type { Desk, Zone } from '@core/schemas';

/** "D12" and its zone's name, for "Your desk today: D12, Quiet zone". */
export function deskLabel(deskId: string, desks: readonly Desk[], zones: readonly Zone[]): { desk: string; zone: string | null } | null {
  const desk = desks.find((candidate) => candidate.id === deskId);
  if (!desk) return null;
  const zone = desk.zoneId ? zones.find((candidate) => candidate.id === desk.zoneId) : undefined;
  return { desk: desk.code, zone: zone?.name ?? null };
}
