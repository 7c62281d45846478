import { idSchema } from '@core/schemas';
import type { DataContext } from '../dataContext';

/**
 * The meeting room a room display was paired to. The hub decides it (the host picks the room
 * when making the pairing code) and tells the machine in the pairing answer and in every
 * welcome, so a host who re-pairs a door to another room moves it without touching the tablet.
 */
const PAIRED_ROOM = 'sync.pairedRoom';

export async function savePairedRoom(context: DataContext, roomId: string | null): Promise<void> {
  if (roomId === null) await context.db.meta.delete(PAIRED_ROOM);
  else await context.db.meta.put({ key: PAIRED_ROOM, value: roomId });
}

export async function readPairedRoom(context: DataContext): Promise<string | null> {
  const stored = await context.db.meta.get(PAIRED_ROOM);
  const parsed = idSchema.safeParse(stored?.value);
  return parsed.success ? parsed.data : null;
}
