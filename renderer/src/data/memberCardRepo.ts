import { cardLookupHash } from '@core/cardLookup';
import { isValidPinFor, makePinVerifier, memberPinSubject, pinOpens, verifierCanOpen } from '@core/pinVerifier';
import { newCardToken } from '@core/secrets';
import { HUB_SETTINGS_ID, type Member } from '@core/schemas';
import type { DataContext } from './dataContext';
import { tableOf } from './database';
import { hubPinSalt } from './hubSettingsRepo';
import { updateRecord } from './recordWriter';
import { StorageError } from './storageErrors';
import { readCardKey } from './sync/cardKey';

/** A new token makes every printed copy of the old card stop working, on every machine. */
export async function rotateCardToken(context: DataContext, memberId: string): Promise<Member> {
  return updateRecord(context, 'members', memberId, { cardToken: newCardToken() });
}

/**
 * The active member a scanned card belongs to, or null for an unknown or retired card. A kiosk
 * holds card lookup hashes, not tokens (core/cardLookup.ts), so it looks up the scanned token's
 * hash; a machine without the hub's card key (never paired, or a host desk) holds real tokens.
 */
export async function findMemberByCardToken(context: DataContext, token: string): Promise<Member | null> {
  const key = await readCardKey(context);
  const lookup = key ? await cardLookupHash(key, token) : token;
  const member = await context.db.members.where('cardToken').equals(lookup).first();
  return member && !member.deleted && member.active ? member : null;
}

/** Sets the member's 4-digit check-in PIN, or removes it with null. */
export async function setMemberPin(context: DataContext, memberId: string, pin: string | null): Promise<Member> {
  if (pin === null) return updateRecord(context, 'members', memberId, { pinHash: null });
  if (!isValidPinFor(memberPinSubject(memberId), pin)) throw new StorageError('invalidInput', 'A PIN is exactly four digits.');
  const verifier = await makePinVerifier(pin, await hubPinSalt(context), memberPinSubject(memberId));
  return updateRecord(context, 'members', memberId, { pinHash: verifier });
}

/** This machine's own check of a member's PIN, for when the hub cannot be asked; null without a usable verifier here. */
export async function memberPinOpensHere(context: DataContext, member: Pick<Member, 'id' | 'pinHash'>, pin: string): Promise<boolean | null> {
  if (!verifierCanOpen(member.pinHash, memberPinSubject(member.id))) return null;
  const settings = await tableOf(context.db, 'hubSettings').get(HUB_SETTINGS_ID);
  return pinOpens(pin, member.pinHash, settings && !settings.deleted ? settings.pinSalt : null, memberPinSubject(member.id));
}
