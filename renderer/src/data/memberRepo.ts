import { newCardToken } from '@core/secrets';
import type { MemberFields } from '@core/schemas';
import type { DataContext } from './dataContext';
import { createRecord, updateRecord } from './recordWriter';

/** A new member is active and gets a card token at once, so a card can be printed right away. */
export async function addMember(context: DataContext, profile: Omit<MemberFields, 'active' | 'cardToken' | 'pinHash'>) {
  return createRecord(context, 'members', { ...profile, active: true, cardToken: newCardToken(), pinHash: null });
}

export async function updateMember(context: DataContext, id: string, patch: Partial<MemberFields>) {
  return updateRecord(context, 'members', id, patch);
}

/** Members are deactivated, not deleted: their check-ins and project history stay meaningful. */
export async function setMemberActive(context: DataContext, id: string, active: boolean) {
  return updateRecord(context, 'members', id, { active });
}
