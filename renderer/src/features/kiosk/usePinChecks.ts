import { useCallback, useEffect, useState } from 'react';
import type { Member } from '@core/schemas';
import { useSync } from '../../app/services';
import { hostPinStatus } from '../../data/hubSettingsRepo';
import { useHasMembers, useHubSettings } from '../../data/liveQueries';
import { checkHostPin, checkMemberPin } from '../../data/pinChecks';
import { clearHostPinLock, HOST_PIN_MAX_FAILURES, isHostPinLocked, lockHostPinUntil, readHostPinLock, recordHostPinFailure } from './hostPinLock';
import { MEMBER_PIN_TRIES } from './kioskTiming';

/**
 * A member's PIN before check-in by name: three tries, then the kiosk sends them to a host.
 * The hub decides when it can be reached, so its lock-out also ends the tries here.
 */
export function useMemberPin(member: Pick<Member, 'id' | 'pinHash'>, onRight: () => void, onTooManyWrong: () => void) {
  const sync = useSync();
  const [wrong, setWrong] = useState(0);
  const [checking, setChecking] = useState(false);
  const tryPin = useCallback((pin: string) => {
    setChecking(true);
    void checkMemberPin(sync, member, pin).then((verdict) => {
      setChecking(false);
      if (verdict.result === 'right') onRight();
      else if (verdict.result === 'lockedOut' || wrong + 1 >= MEMBER_PIN_TRIES) onTooManyWrong();
      else setWrong(wrong + 1);
    });
  }, [sync, member, wrong, onRight, onTooManyWrong]);
  return { wrong, triesLeft: MEMBER_PIN_TRIES - wrong, checking, tryPin };
}

/**
 * The host PIN on the kiosk, checked by the hub when it can be reached, with a lock-out this
 * machine remembers across reloads as well. With no host PIN set, only a hub without members
 * (the very first set-up) may pass; an old 4-digit host PIN opens nothing until it is set again.
 */
export function useHostPin(onRight: () => void) {
  const sync = useSync();
  const settings = useHubSettings();
  const hasMembers = useHasMembers();
  const [lock, setLock] = useState(() => readHostPinLock(localStorage, Date.now()));
  const [checking, setChecking] = useState(false);
  /** Neither the hub nor this machine could decide (a wall display away from its hub, or no host PIN). */
  const [undecided, setUndecided] = useState<'notSet' | 'unreachable' | null>(null);
  const locked = isHostPinLocked(lock, Date.now());
  const status = hostPinStatus(settings);

  useEffect(() => {
    if (lock.lockedUntil === null) return undefined;
    const timer = window.setTimeout(() => { setLock(readHostPinLock(localStorage, Date.now())); }, Math.max(0, lock.lockedUntil - Date.now()) + 50);
    return () => { window.clearTimeout(timer); };
  }, [lock.lockedUntil]);

  const tryPin = useCallback((pin: string) => {
    if (isHostPinLocked(readHostPinLock(localStorage, Date.now()), Date.now())) return;
    setChecking(true);
    void checkHostPin(sync, pin).then((verdict) => {
      setChecking(false);
      setUndecided(verdict.result === 'notSet' || verdict.result === 'unreachable' ? verdict.result : null);
      if (verdict.result === 'notSet' || verdict.result === 'unreachable') return;
      if (verdict.result === 'right') {
        clearHostPinLock(localStorage);
        onRight();
      } else if (verdict.result === 'lockedOut') {
        setLock(lockHostPinUntil(localStorage, Date.parse(verdict.retryAt)));
      } else {
        setLock(recordHostPinFailure(localStorage, Date.now()));
      }
    });
  }, [sync, onRight]);

  return {
    noPinYet: status === 'notSet',
    mustReset: status === 'mustReset',
    firstSetup: status === 'notSet' && hasMembers === false,
    locked,
    lockedUntil: lock.lockedUntil,
    failures: lock.failures,
    triesLeft: HOST_PIN_MAX_FAILURES - lock.failures,
    checking,
    undecided,
    tryPin,
  };
}
