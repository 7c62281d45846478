import type { PinCheckRequest } from '@core/pinCheck';
import type { Member } from '@core/schemas';
import { hostPinOpensHere } from './hubSettingsRepo';
import { memberPinOpensHere } from './memberCardRepo';
import { askHubAboutPin } from './sync/hubPinCheck';
import type { SyncService } from './sync/syncService';

/**
 * A PIN check's outcome. `notSet`: the hub says no PIN opens anything here and this machine has
 * no verifier either; `unreachable`: the hub did not answer and this machine holds no verifier
 * to decide with (a wall or room display never does).
 */
export type PinVerdict =
  | { result: 'right'; byHub: boolean }
  | { result: 'wrong'; byHub: boolean }
  | { result: 'lockedOut'; retryAt: string }
  | { result: 'notSet' }
  | { result: 'unreachable' };

/**
 * The hub decides whenever it can be reached (its lock-out counts every kiosk's tries); only
 * when it cannot, or holds no verifier, this machine checks its own.
 */
async function check(sync: SyncService, request: PinCheckRequest, here: () => Promise<boolean | null>): Promise<PinVerdict> {
  const answer = await askHubAboutPin(sync, request);
  if (answer?.result === 'lockedOut') return answer;
  if (answer?.result === 'right' || answer?.result === 'wrong') return { result: answer.result, byHub: true };
  const local = await here();
  if (local === null) return { result: answer ? 'notSet' : 'unreachable' };
  return { result: local ? 'right' : 'wrong', byHub: false };
}

/** The machine's own verifiers are read from the sync service's data context. */
export function checkMemberPin(sync: SyncService, member: Pick<Member, 'id' | 'pinHash'>, pin: string): Promise<PinVerdict> {
  return check(sync, { target: 'member', memberId: member.id, pin }, () => memberPinOpensHere(sync.context, member, pin));
}

export function checkHostPin(sync: SyncService, pin: string): Promise<PinVerdict> {
  return check(sync, { target: 'host', pin }, () => hostPinOpensHere(sync.context, pin));
}
