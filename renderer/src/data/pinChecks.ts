import type { PinCheckAnswer, PinCheckRequest } from '@core/pinCheck';
import type { Member } from '@core/schemas';
import type { DataContext } from './dataContext';
import { hostPinOpensHere } from './hubSettingsRepo';
import { memberPinOpensHere } from './memberCardRepo';
import { askHubAboutPin } from './sync/hubPinCheck';

/** A PIN check's outcome; `triesLeft` and `retryAt` are the hub's, when the hub answered. */
export type PinVerdict =
  | { result: 'right'; byHub: boolean }
  | { result: 'wrong'; byHub: boolean }
  | { result: 'lockedOut'; retryAt: string };

function fromHub(answer: PinCheckAnswer | null): PinVerdict | null {
  if (!answer || answer.result === 'notSet') return null;
  if (answer.result === 'lockedOut') return answer;
  return { result: answer.result, byHub: true };
}

/**
 * The hub decides whenever it can be reached (its lock-out counts every kiosk's tries); only
 * when it cannot, this machine checks its own verifier.
 */
async function check(context: DataContext, request: PinCheckRequest, here: () => Promise<boolean>): Promise<PinVerdict> {
  const verdict = fromHub(await askHubAboutPin(context, request));
  if (verdict) return verdict;
  return { result: (await here()) ? 'right' : 'wrong', byHub: false };
}

export function checkMemberPin(context: DataContext, member: Pick<Member, 'id' | 'pinHash'>, pin: string): Promise<PinVerdict> {
  return check(context, { target: 'member', memberId: member.id, pin }, () => memberPinOpensHere(context, member, pin));
}

export function checkHostPin(context: DataContext, pin: string): Promise<PinVerdict> {
  return check(context, { target: 'host', pin }, () => hostPinOpensHere(context, pin));
}
