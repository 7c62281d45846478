import type { Booking } from '@core/schemas';
import type { CheckedIn, CheckedOut } from '../../data/checkInRepo';

export type KioskDirection = 'in' | 'out';
export type ArrivalMethod = 'name' | 'scanner' | 'qrCard';

/** What the confirmation screen shows: first name only, never private data. */
export type MemberOutcome = (CheckedIn | CheckedOut) & { memberId: string; firstName: string };

export interface GuestWelcome {
  name: string;
  company: string;
  /** "Søren H.", or null when the guest did not know whom they visit. */
  hostName: string | null;
  arrivedAt: string;
}

export type KioskScreen =
  | { name: 'attract' }
  | { name: 'findMe'; direction: KioskDirection }
  | { name: 'memberPin'; direction: KioskDirection; memberId: string; firstName: string }
  /** `verified`: the member showed a card or typed their PIN, so the kiosk may show their bookings. */
  | { name: 'outcome'; outcome: MemberOutcome; method: ArrivalMethod; verified: boolean }
  | { name: 'myBookings'; memberId: string; firstName: string }
  /** The public projects, where the member who proved who they are joins and logs hours as themselves. */
  | { name: 'projects'; memberId: string; firstName: string }
  | { name: 'guest' }
  | { name: 'guestWelcome'; welcome: GuestWelcome }
  | { name: 'hostPin' }
  | { name: 'hostSettings' };

/** A polite sentence shown on top of a screen, e.g. after a refused card. */
export type KioskMessage = 'cardInvalid' | 'pinTooManyTries';

export interface KioskFlowState {
  screen: KioskScreen;
  message: KioskMessage | null;
  /** Changes on every return to rest, so every screen is drawn anew and nothing typed survives. */
  resetKey: number;
}

export type KioskFlowEvent =
  | { type: 'startChosen'; direction: KioskDirection }
  | { type: 'guestChosen' }
  | { type: 'hostGesture' }
  | { type: 'pinNeeded'; direction: KioskDirection; memberId: string; firstName: string }
  | { type: 'memberAnswered'; outcome: MemberOutcome; method: ArrivalMethod; verified: boolean }
  | { type: 'myBookingsChosen' }
  | { type: 'projectsChosen' }
  | { type: 'deskBooked'; booking: Booking }
  | { type: 'guestSignedIn'; welcome: GuestWelcome }
  | { type: 'hostPinRight' }
  | { type: 'cardRefused' }
  | { type: 'pinTriesUsedUp' }
  | { type: 'backToStart' };

export const kioskAtRest: KioskFlowState = { screen: { name: 'attract' }, message: null, resetKey: 0 };

const show = (state: KioskFlowState, screen: KioskScreen): KioskFlowState => ({ ...state, screen, message: null });
const rest = (state: KioskFlowState, message: KioskMessage | null): KioskFlowState => ({ screen: { name: 'attract' }, message, resetKey: state.resetKey + 1 });

/**
 * The kiosk's flow as screen x event -> screen: an event that does not belong to the current
 * screen (a late answer after the idle reset, say) leaves the state as it is.
 */
export function kioskFlow(state: KioskFlowState, event: KioskFlowEvent): KioskFlowState {
  const { screen } = state;
  switch (event.type) {
    case 'startChosen':
      return screen.name === 'attract' ? show(state, { name: 'findMe', direction: event.direction }) : state;
    case 'guestChosen':
      return screen.name === 'attract' ? show(state, { name: 'guest' }) : state;
    case 'hostGesture':
      return screen.name === 'attract' ? show(state, { name: 'hostPin' }) : state;
    case 'pinNeeded':
      return screen.name === 'findMe' ? show(state, { name: 'memberPin', direction: event.direction, memberId: event.memberId, firstName: event.firstName }) : state;
    case 'memberAnswered':
      // A card is welcome on the start, name and confirmation screens; a name on its screen or after its PIN.
      return ['attract', 'findMe', 'memberPin', 'outcome'].includes(screen.name)
        ? show(state, { name: 'outcome', outcome: event.outcome, method: event.method, verified: event.verified })
        : state;
    case 'myBookingsChosen':
      // Only someone who proved who they are sees (and may cancel) a member's bookings.
      if (screen.name !== 'outcome' || !screen.verified) return state;
      return show(state, { name: 'myBookings', memberId: screen.outcome.memberId, firstName: screen.outcome.firstName });
    case 'projectsChosen':
      // Joining and logging hours are written in the member's name: only for someone who proved it.
      if (screen.name !== 'outcome' || !screen.verified) return state;
      return show(state, { name: 'projects', memberId: screen.outcome.memberId, firstName: screen.outcome.firstName });
    case 'deskBooked':
      if (screen.name !== 'outcome' || screen.outcome.kind !== 'checkedIn') return state;
      return { ...state, screen: { ...screen, outcome: { ...screen.outcome, booking: event.booking } } };
    case 'guestSignedIn':
      return screen.name === 'guest' ? show(state, { name: 'guestWelcome', welcome: event.welcome }) : state;
    case 'hostPinRight':
      return screen.name === 'hostPin' ? show(state, { name: 'hostSettings' }) : state;
    case 'cardRefused':
      // Someone looking for their name keeps what they typed; anywhere else the kiosk starts over.
      return screen.name === 'findMe' ? { ...state, message: 'cardInvalid' } : rest(state, 'cardInvalid');
    case 'pinTriesUsedUp':
      return screen.name === 'memberPin' ? rest(state, 'pinTooManyTries') : state;
    case 'backToStart':
      return rest(state, null);
  }
}

/** Nothing to forget: the start screen without a message. */
export function isAtRest(state: KioskFlowState): boolean {
  return state.screen.name === 'attract' && state.message === null;
}

/** The direction a card means: the one chosen on the name screen, else a toggle decided by the repository. */
export function cardDirection(screen: KioskScreen): KioskDirection | 'toggle' {
  return screen.name === 'findMe' ? screen.direction : 'toggle';
}
