import { newCardToken } from '@core/secrets';
import type { MemberFields } from '@core/schemas';
import type { DataContext } from './dataContext';
import { createRecord, updateRecord } from './recordWriter';

type NewMemberProfile = Omit<MemberFields, 'active' | 'cardToken' | 'pinHash'>;

/** A new member is active and gets a card token at once, so a card can be printed right away. */
export function newMemberFields(profile: NewMemberProfile): MemberFields {
  return { ...profile, active: true, cardToken: newCardToken(), pinHash: null };
}

export async function addMember(context: DataContext, profile: NewMemberProfile) {
  return createRecord(context, 'members', newMemberFields(profile));
}

export async function updateMember(context: DataContext, id: string, patch: Partial<MemberFields>) {
  return updateRecord(context, 'members', id, patch);
}

/** Members are deactivated, not deleted: their check-ins and project history stay meaningful. */
export async function setMemberActive(context: DataContext, id: string, active: boolean) {
  return updateRecord(context, 'members', id, { active });
}
