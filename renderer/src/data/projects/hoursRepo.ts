import { approvalWrites, hoursFor, type HoursEntry, type HoursPerson } from '@core/projects/hours';
import type { DataContext } from '../dataContext';
import { createRecords, inOneTransaction, updateRecord } from '../recordWriter';

/**
 * Hours given to the community: logged for one person or several at once (a clean-up day),
 * waiting for a host, approved one by one or in bulk (core/projects/hours.ts).
 */

export type HoursLogged = { kind: 'logged'; ids: string[] } | { kind: 'nobody' };

/**
 * One entry per person. `approvedBy` given: a host logs them approved at once (their member id,
 * or null for a host desk without one); absent: they wait for a host.
 */
export async function logHours(
  context: DataContext,
  people: readonly HoursPerson[],
  entry: HoursEntry,
  approvedBy?: string | null,
): Promise<HoursLogged> {
  const approved = approvedBy === undefined ? null : { by: approvedBy, at: context.now().toISOString() };
  const rows = hoursFor(people, entry, approved);
  if (rows.length === 0) return { kind: 'nobody' };
  const created = await createRecords(context, 'volunteerHours', rows);
  return { kind: 'logged', ids: created.map((row) => row.id) };
}

/** Approves the entries still pending among `ids`; resolves with how many it approved. */
export async function approveHours(context: DataContext, ids: readonly string[], by: string | null): Promise<number> {
  return inOneTransaction(context, ['volunteerHours'], async () => {
    const entries = (await context.db.volunteerHours.bulkGet([...ids])).filter((row) => row !== undefined);
    const writes = approvalWrites(entries, by, context.now().toISOString());
    for (const write of writes) await updateRecord(context, 'volunteerHours', write.id, write.fields);
    return writes.length;
  });
}
