import { roomFieldsSchema, type Room, type RoomFields } from '@core/schemas';

/** A room as its form holds it: the capacity as typed, checked before it becomes a number. */
export interface RoomDraft {
  name: string;
  zoneId: string | null;
  capacity: string;
  equipment: string[];
  description: string;
  bookableBy: NonNullable<RoomFields['bookableBy']>;
  photo: string | null;
}

export type RoomDraftErrors = Partial<Record<'name' | 'capacity' | 'description' | 'equipment' | 'photo', 'required' | 'tooLong' | 'capacityRange' | 'tooMany' | 'invalidPhoto'>>;

export const emptyRoomDraft = (zoneId: string | null): RoomDraft => ({
  name: '', zoneId, capacity: '4', equipment: [], description: '', bookableBy: 'members', photo: null,
});

export function roomDraftFrom(room: Room): RoomDraft {
  return {
    name: room.name,
    zoneId: room.zoneId,
    capacity: String(room.capacity),
    equipment: [...room.equipment],
    description: room.description,
    bookableBy: room.bookableBy ?? 'members',
    photo: room.photo ?? null,
  };
}

export function roomFieldsFrom(draft: RoomDraft, active: boolean): RoomFields {
  return {
    name: draft.name.trim(),
    zoneId: draft.zoneId,
    capacity: Number(draft.capacity.trim()),
    equipment: draft.equipment,
    description: draft.description.trim(),
    active,
    bookableBy: draft.bookableBy,
    photo: draft.photo,
  };
}

const KNOWN = ['name', 'capacity', 'description', 'equipment', 'photo'] as const;
type Known = (typeof KNOWN)[number];
const isKnown = (field: unknown): field is Known => KNOWN.includes(field as Known);

export function validateRoomDraft(draft: RoomDraft): RoomDraftErrors {
  const errors: RoomDraftErrors = {};
  if (!/^\d{1,3}$/.test(draft.capacity.trim())) errors.capacity = 'capacityRange';
  const result = roomFieldsSchema.safeParse(roomFieldsFrom(draft, true));
  for (const issue of result.success ? [] : result.error.issues) {
    const field = issue.path[0];
    if (!isKnown(field)) continue;
    errors[field] ??= errorFor(field, issue.code);
  }
  return errors;
}

function errorFor(field: Known, code: string): NonNullable<RoomDraftErrors[Known]> {
  if (field === 'capacity') return 'capacityRange';
  if (field === 'equipment') return 'tooMany';
  if (field === 'photo') return 'invalidPhoto';
  return code === 'too_small' ? 'required' : 'tooLong';
}
