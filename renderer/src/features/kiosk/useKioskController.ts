import { useReportError } from '../../app/useActionFeedback';
import { useCallback, useRef } from 'react';
import type { KioskNameMatch } from '@core/kiosk/kioskNameSearch';
import type { Member } from '@core/schemas';
import type { CheckInMethod } from '../../data/checkInRepo';
import { useHubSettings, useMembers, useMembersInToday } from '../../data/liveQueries';
import { directionForScan, type KioskDirection } from './kioskRules';
import { useKioskActions } from './useKioskActions';

/** How long a second scan of the same card is taken for the card still being in view. */
const REPEAT_SCAN_IGNORE_MS = 10_000;
import { useKioskFlow } from './useKioskFlow';

type ArrivalMethod = Extract<CheckInMethod, 'name' | 'scanner' | 'qrCard'>;

/**
 * What happens when someone taps a name or shows a card. Decides the direction (in, out, or
 * toggle on the start screen), asks for a PIN when the hub wants one, and moves the flow on.
 */
export function useKioskController() {
  const flow = useKioskFlow();
  const actions = useKioskActions();
  const settings = useHubSettings();
  const members = useMembers();
  const inToday = useMembersInToday();
  const busy = useRef(false);
  const { go, backToStart, showMessage, screen } = flow;

  const fail = useReportError();

  const finish = useCallback(async (member: Pick<Member, 'id' | 'name'>, direction: KioskDirection, method: ArrivalMethod) => {
    if (busy.current) return;
    busy.current = true;
    try {
      const outcome = await actions.arriveOrLeave(member, direction, method);
      go({ name: 'outcome', outcome, method });
    } catch (error) {
      fail(error);
    } finally {
      busy.current = false;
    }
  }, [actions, go, fail]);

  const pickName = useCallback((match: KioskNameMatch, direction: KioskDirection) => {
    const member = members?.find((candidate) => candidate.id === match.id);
    if (!member) return;
    if (settings.checkInPinRequired && member.pinHash) go({ name: 'memberPin', direction, memberId: member.id, firstName: match.firstName });
    else void finish(member, direction, 'name');
  }, [members, settings.checkInPinRequired, go, finish]);

  /** A card never needs the PIN: holding the card is the proof. */
  const lastCard = useRef<{ memberId: string; at: number } | null>(null);
  const scanCard = useCallback((code: string, method: 'scanner' | 'qrCard') => {
    const onFindMe = screen.name === 'findMe' ? screen : null;
    void actions.findCardOwner(code).then((member) => {
      if (!member) {
        if (onFindMe) showMessage('cardInvalid');
        else backToStart('cardInvalid');
        return;
      }
      // A card still held up to the camera after the greeting must not check its owner out again.
      // (A reader scan is always deliberate, so only the camera is held back.)
      const recent = lastCard.current;
      if (method === 'qrCard' && recent?.memberId === member.id && Date.now() - recent.at < REPEAT_SCAN_IGNORE_MS) return;
      lastCard.current = { memberId: member.id, at: Date.now() };
      void finish(member, directionForScan(onFindMe?.direction ?? null, inToday?.has(member.id) ?? false), method);
    }, fail);
  }, [screen, actions, inToday, finish, showMessage, backToStart, fail]);

  const takeDesk = useCallback(async (memberId: string, deskId: string, method: ArrivalMethod) => {
    try {
      return await actions.takeDesk(memberId, deskId, method);
    } catch (error) {
      fail(error);
      return 'taken' as const;
    }
  }, [actions, fail]);

  return { flow, actions, members: members ?? [], settings, finish, pickName, scanCard, takeDesk };
}
