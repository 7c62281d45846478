import { useCallback, useMemo } from 'react';
import { kioskDisplayName } from '@core/kiosk/kioskNameSearch';
import type { Booking, Member } from '@core/schemas';
import { useDataContext } from '../../data/DataProvider';
import { bookDeskAndCheckIn, checkIn, checkOut, type CheckInMethod } from '../../data/checkInRepo';
import { signInGuest, type GuestSignIn } from '../../data/guestRepo';
import { useHubSettings, useTodaysCheckIns } from '../../data/liveQueries';
import { StorageError } from '../../data/storageErrors';
import { memberForScannedCode } from './kioskCards';
import { timeSpentWithCheckOut, type KioskDirection } from './kioskRules';

export type MemberOutcome =
  | { kind: 'checkedIn'; memberId: string; firstName: string; changed: boolean; booking: Booking | null }
  | { kind: 'checkedOut'; memberId: string; firstName: string; changed: boolean; timeSpentMs: number };

/** The kiosk's writes. Each returns what the confirmation screen shows; none shows private data. */
export function useKioskActions() {
  const context = useDataContext();
  const { closingTime } = useHubSettings();
  const events = useTodaysCheckIns();

  const arriveOrLeave = useCallback(async (member: Pick<Member, 'id' | 'name'>, direction: KioskDirection, method: CheckInMethod): Promise<MemberOutcome> => {
    const { firstName } = kioskDisplayName(member.name);
    if (direction === 'in') {
      const result = await checkIn(context, member.id, method);
      return { kind: 'checkedIn', memberId: member.id, firstName, changed: result.changed, booking: result.booking };
    }
    const result = await checkOut(context, member.id, method);
    const timeSpentMs = timeSpentWithCheckOut(events ?? [], member.id, context.now());
    return { kind: 'checkedOut', memberId: member.id, firstName, changed: result.changed, timeSpentMs };
  }, [context, events]);

  /** Books the desk until closing time and checks in; 'taken' when someone was quicker. */
  const takeDesk = useCallback(async (memberId: string, deskId: string, method: CheckInMethod): Promise<Booking | 'taken'> => {
    try {
      const result = await bookDeskAndCheckIn(context, memberId, deskId, closingTime, method);
      return result.booking ?? 'taken';
    } catch (error) {
      if (error instanceof StorageError && error.key === 'invalidInput') return 'taken';
      throw error;
    }
  }, [context, closingTime]);

  const findCardOwner = useCallback((code: string) => memberForScannedCode(context, code), [context]);
  const signIn = useCallback((guest: GuestSignIn) => signInGuest(context, guest), [context]);

  return useMemo(() => ({ arriveOrLeave, takeDesk, findCardOwner, signIn }), [arriveOrLeave, takeDesk, findCardOwner, signIn]);
}
