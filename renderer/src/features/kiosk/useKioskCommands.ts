import { useCallback, useMemo, useReducer, useRef } from 'react';
import type { KioskNameMatch } from '@core/kiosk/kioskNameSearch';
import { kioskDisplayName } from '@core/kiosk/kioskNameSearch';
import type { Member } from '@core/schemas';
import { useReportError } from '../../app/useActionFeedback';
import { useDataContext } from '../../app/services';
import { cancelMemberBooking } from '../../data/bookingRepo';
import { bookDeskAndCheckIn, checkIn, checkInOrOut, checkOut } from '../../data/checkInRepo';
import { signInGuest, type GuestSignIn } from '../../data/guestRepo';
import { useHubSettings } from '../../data/liveQueries';
import { memberForScannedCode } from './kioskCards';
import { cardDirection, kioskAtRest, kioskFlow, type ArrivalMethod, type KioskDirection } from './kioskFlow';
import { useKioskNames } from './useKioskNames';

/** How long a second camera scan of the same card is taken for the card still being in view. */
const REPEAT_SCAN_IGNORE_MS = 10_000;

/** What a desk button learns: booked (the screen shows it), taken by someone quicker, or not booked after an error. */
export type DeskChoiceResult = 'booked' | 'deskTaken' | 'notBooked';

/**
 * Everything a tap or a card makes the kiosk do. Writes run one at a time (one busy guard), a
 * failed write is reported once, in the reader's language (one error path), and each answer
 * moves the flow (kioskFlow.ts) on.
 */
export function useKioskCommands() {
  const context = useDataContext();
  const settings = useHubSettings();
  const names = useKioskNames();
  const reportError = useReportError();
  const [state, dispatch] = useReducer(kioskFlow, kioskAtRest);
  const busy = useRef(false);
  const lastCard = useRef<{ memberId: string; at: number } | null>(null);

  /** Runs one write at a time; resolves undefined when another is running or this one failed. */
  const exclusively = useCallback(async <T,>(write: () => Promise<T>): Promise<T | undefined> => {
    if (busy.current) return undefined;
    busy.current = true;
    try {
      return await write();
    } catch (error) {
      reportError(error);
      return undefined;
    } finally {
      busy.current = false;
    }
  }, [reportError]);

  /** `verified`: a card or the member's PIN proved who it is (a typed name alone does not). */
  const checkMemberInOrOut = useCallback(async (member: Pick<Member, 'id' | 'name'>, direction: KioskDirection | 'toggle', method: ArrivalMethod, verified: boolean) => {
    const answer = await exclusively(() => {
      if (direction === 'in') return checkIn(context, member.id, method);
      if (direction === 'out') return checkOut(context, member.id, method);
      return checkInOrOut(context, member.id, method);
    });
    if (!answer) return;
    const { firstName } = kioskDisplayName(member.name);
    dispatch({ type: 'memberAnswered', outcome: { ...answer, memberId: member.id, firstName }, method, verified });
  }, [context, exclusively]);

  const pickName = useCallback((match: KioskNameMatch, direction: KioskDirection) => {
    const member = names.member(match.id);
    if (!member) return;
    if (settings.checkInPinRequired && member.pinHash) dispatch({ type: 'pinNeeded', direction, memberId: member.id, firstName: match.firstName });
    else void checkMemberInOrOut(member, direction, 'name', false);
  }, [names, settings.checkInPinRequired, checkMemberInOrOut]);

  /** A card never needs the PIN: holding the card is the proof. */
  const scanCard = useCallback((code: string, method: 'scanner' | 'qrCard') => {
    const direction = cardDirection(state.screen);
    void (async () => {
      const member = await memberForScannedCode(context, code);
      if (!member) {
        dispatch({ type: 'cardRefused' });
        return;
      }
      // A card still held up to the camera after the greeting must not check its owner out again.
      // (A reader scan is always deliberate, so only the camera is held back.)
      const recent = lastCard.current;
      if (method === 'qrCard' && recent?.memberId === member.id && Date.now() - recent.at < REPEAT_SCAN_IGNORE_MS) return;
      lastCard.current = { memberId: member.id, at: Date.now() };
      await checkMemberInOrOut(member, direction, method, true);
    })().catch(reportError);
  }, [state.screen, context, checkMemberInOrOut, reportError]);

  const takeDesk = useCallback(async (memberId: string, deskId: string, method: ArrivalMethod): Promise<DeskChoiceResult> => {
    const answer = await exclusively(() => bookDeskAndCheckIn(context, memberId, deskId, settings.closingTime, method));
    if (!answer) return 'notBooked';
    if (answer.kind === 'deskTaken' || !answer.booking) return 'deskTaken';
    dispatch({ type: 'deskBooked', booking: answer.booking });
    return 'booked';
  }, [context, exclusively, settings.closingTime]);

  const signInGuestHere = useCallback((guest: GuestSignIn) => signInGuest(context, guest), [context]);

  /** True when the booking is cancelled; false when it was gone already or the write failed (reported). */
  const cancelOwnBooking = useCallback(async (memberId: string, bookingId: string): Promise<boolean> => {
    const answer = await exclusively(() => cancelMemberBooking(context, memberId, bookingId));
    return answer?.kind === 'cancelled';
  }, [context, exclusively]);

  return useMemo(() => ({
    state, dispatch, names, settings, pickName, scanCard, takeDesk, checkMemberInOrOut, signInGuest: signInGuestHere, cancelOwnBooking,
  }), [state, names, settings, pickName, scanCard, takeDesk, checkMemberInOrOut, signInGuestHere, cancelOwnBooking]);
}
