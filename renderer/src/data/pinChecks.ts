import type { PinCheckRequest } from '@core/pinCheck';
import type { Member } from '@core/schemas';
import type { DataContext } from './dataContext';
import { hostPinOpensHere } from './hubSettingsRepo';
import { memberPinOpensHere } from './memberCardRepo';
import { askHubAboutPin } from './sync/hubPinCheck';

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
async function check(context: DataContext, request: PinCheckRequest, here: () => Promise<boolean | null>): Promise<PinVerdict> {
  const answer = await askHubAboutPin(context, request);
  if (answer?.result === 'lockedOut') return answer;
  if (answer?.result === 'right' || answer?.result === 'wrong') return { result: answer.result, byHub: true };
  const local = await here();
  if (local === null) return { result: answer ? 'notSet' : 'unreachable' };
  return { result: local ? 'right' : 'wrong', byHub: false };
}

export function checkMemberPin(context: DataContext, member: Pick<Member, 'id' | 'pinHash'>, pin: string): Promise<PinVerdict> {
  return check(context, { target: 'member', memberId: member.id, pin }, () => memberPinOpensHere(context, member, pin));
}

export function checkHostPin(context: DataContext, pin: string): Promise<PinVerdict> {
  return check(context, { target: 'host', pin }, () => hostPinOpensHere(context, pin));
}
