import { hashPin, isValidPin, newCardToken, pinMatches } from '@core/secrets';
import type { Member } from '@core/schemas';
import type { DataContext } from './dataContext';
import { updateRecord } from './recordWriter';
import { StorageError } from './storageErrors';

/** A new token makes every printed copy of the old card stop working, on every machine. */
export async function rotateCardToken(context: DataContext, memberId: string): Promise<Member> {
  return updateRecord(context, 'members', memberId, { cardToken: newCardToken() });
}

/** The active member a scanned card belongs to, or null for an unknown or retired card. */
export async function findMemberByCardToken(context: DataContext, token: string): Promise<Member | null> {
  const member = await context.db.members.where('cardToken').equals(token).first();
  return member && !member.deleted && member.active ? member : null;
}

/** Sets the member's 4-digit check-in PIN, or removes it with null. */
export async function setMemberPin(context: DataContext, memberId: string, pin: string | null): Promise<Member> {
  if (pin !== null && !isValidPin(pin)) throw new StorageError('invalidInput', 'A PIN is exactly four digits.');
  return updateRecord(context, 'members', memberId, { pinHash: pin === null ? null : await hashPin(pin, memberId) });
}

export async function memberPinMatches(member: Pick<Member, 'id' | 'pinHash'>, pin: string): Promise<boolean> {
  return pinMatches(pin, member.id, member.pinHash);
}
