import type { DataContext } from '../dataContext';
import type { OutboxEntry } from '../database';
import { toStorageError } from '../storageErrors';

/**
 * An outbox entry's `seq` is the mutation number the hub sees, and the hub takes any number at
 * or below the last one it applied from this id as a duplicate and drops it. A machine paired
 * (again) under an id the hub knows (removed and wiped, or its storage reset) must therefore
 * number every change above the hub's last number: pending entries are renumbered in order,
 * and IndexedDB's key generator is moved past it for the entries still to come (the generator
 * never moves back, not even when entries are deleted).
 */
export async function numberOutboxAfter(context: DataContext, lastMutation: number): Promise<void> {
  const { outbox } = context.db;
  try {
    await context.db.transaction('rw', outbox, async () => {
      const pending = await outbox.orderBy('seq').toArray();
      const lowest = pending[0]?.seq;
      if (lowest !== undefined && lowest > lastMutation) return;
      if (pending.length > 0) {
        await outbox.clear();
        await outbox.bulkAdd(pending.map((entry, index) => ({ ...entry, seq: lastMutation + 1 + index })));
        return;
      }
      if (lastMutation === 0) return;
      // An explicit key moves the generator past it; the placeholder never outlives this transaction.
      const placeholder: OutboxEntry = { seq: lastMutation, table: 'members', recordId: '', fields: {}, hlc: '', deviceId: context.deviceId };
      await outbox.add(placeholder);
      await outbox.delete(lastMutation);
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
