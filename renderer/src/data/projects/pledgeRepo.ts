import { monthOf, replacePledge } from '@core/projects/pledges';
import type { PledgeFields } from '@core/schemas';
import type { DataContext } from '../dataContext';
import { inOneTransaction, putRecordAt, updateRecord } from '../recordWriter';

/**
 * A member's time pledge from this month on (the hub's month); earlier months keep the pledge
 * they had (core/projects/pledges.ts). A pledge of zero hours is how a member stops pledging.
 */
export type PledgeAmount = Pick<PledgeFields, 'hoursPerMonth' | 'weekShare' | 'weekHours'>;

export async function setPledge(context: DataContext, memberId: string, amount: PledgeAmount, timeZone: string): Promise<void> {
  await inOneTransaction(context, ['pledges'], async () => {
    const current = await context.db.pledges.where('memberId').equals(memberId).toArray();
    const at = context.now();
    const writes = replacePledge(current, { memberId, ...amount, createdAt: at.toISOString() }, monthOf(at, timeZone));
    for (const write of writes) {
      const existing = current.find((pledge) => pledge.id === write.id);
      if (existing && !existing.deleted) await updateRecord(context, 'pledges', write.id, write.fields);
      else await putRecordAt(context, 'pledges', write.id, write.fields as PledgeFields);
    }
  });
}
