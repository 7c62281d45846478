import { describe, expect, it } from 'vitest';
import type { Booking } from '@core/schemas';
import { cardDirection, isAtRest, kioskAtRest, kioskFlow, type KioskFlowEvent, type KioskFlowState, type KioskScreen, type MemberOutcome } from './kioskFlow';

const checkedIn: MemberOutcome = { kind: 'checkedIn', changed: true, booking: null, memberId: 'm-1', firstName: 'Søren' };
const checkedOut: MemberOutcome = { kind: 'checkedOut', changed: true, visitMinutes: 205, memberId: 'm-1', firstName: 'Søren' };
const booking = { id: 'b-1', resourceKind: 'desk', resourceId: 'd-12' } as const satisfies Partial<Booking>;
const welcome = { name: 'Anna Gast', company: 'Nordlys', hostName: null, arrivedAt: '2026-12-01T09:00:00.000Z' };

const screens: Record<KioskScreen['name'], KioskScreen> = {
  attract: { name: 'attract' },
  findMe: { name: 'findMe', direction: 'out' },
  memberPin: { name: 'memberPin', direction: 'in', memberId: 'm-1', firstName: 'Søren' },
  outcome: { name: 'outcome', outcome: checkedIn, method: 'name', verified: true },
  myBookings: { name: 'myBookings', memberId: 'm-1', firstName: 'Søren' },
  projects: { name: 'projects', memberId: 'm-1', firstName: 'Søren' },
  guest: { name: 'guest' },
  guestWelcome: { name: 'guestWelcome', welcome },
  hostPin: { name: 'hostPin' },
  hostSettings: { name: 'hostSettings' },
};

const events: Record<KioskFlowEvent['type'], KioskFlowEvent> = {
  startChosen: { type: 'startChosen', direction: 'in' },
  guestChosen: { type: 'guestChosen' },
  hostGesture: { type: 'hostGesture' },
  pinNeeded: { type: 'pinNeeded', direction: 'out', memberId: 'm-2', firstName: 'Anja' },
  memberAnswered: { type: 'memberAnswered', outcome: checkedOut, method: 'scanner', verified: true },
  myBookingsChosen: { type: 'myBookingsChosen' },
  projectsChosen: { type: 'projectsChosen' },
  deskBooked: { type: 'deskBooked', booking: { ...booking, memberId: 'm-1', title: '', startsAt: '', endsAt: '', status: 'confirmed', rejection: null, confirmedAt: null, hlc: {}, deviceId: 'k', deleted: false } },
  guestSignedIn: { type: 'guestSignedIn', welcome },
  hostPinRight: { type: 'hostPinRight' },
  cardRefused: { type: 'cardRefused' },
  pinTriesUsedUp: { type: 'pinTriesUsedUp' },
  backToStart: { type: 'backToStart' },
};

/** Where each event leads from each screen: a screen name, 'same' (ignored), or a return to rest with its message. */
type Expected = KioskScreen['name'] | 'same' | 'rest' | 'rest:cardInvalid' | 'rest:pinTooManyTries' | 'message:cardInvalid';
const table: Record<KioskScreen['name'], Partial<Record<KioskFlowEvent['type'], Expected>>> = {
  attract: { startChosen: 'findMe', guestChosen: 'guest', hostGesture: 'hostPin', memberAnswered: 'outcome', cardRefused: 'rest:cardInvalid' },
  findMe: { pinNeeded: 'memberPin', memberAnswered: 'outcome', cardRefused: 'message:cardInvalid' },
  memberPin: { memberAnswered: 'outcome', cardRefused: 'rest:cardInvalid', pinTriesUsedUp: 'rest:pinTooManyTries' },
  outcome: { memberAnswered: 'outcome', deskBooked: 'outcome', myBookingsChosen: 'myBookings', projectsChosen: 'projects', cardRefused: 'rest:cardInvalid' },
  myBookings: { cardRefused: 'rest:cardInvalid' },
  projects: { cardRefused: 'rest:cardInvalid' },
  guest: { guestSignedIn: 'guestWelcome', cardRefused: 'rest:cardInvalid' },
  guestWelcome: { cardRefused: 'rest:cardInvalid' },
  hostPin: { hostPinRight: 'hostSettings', cardRefused: 'rest:cardInvalid' },
  hostSettings: { cardRefused: 'rest:cardInvalid' },
};

describe('kioskFlow', () => {
  for (const [screenName, screen] of Object.entries(screens)) {
    for (const [eventType, event] of Object.entries(events)) {
      const expected: Expected = eventType === 'backToStart' ? 'rest' : table[screenName as KioskScreen['name']][eventType as KioskFlowEvent['type']] ?? 'same';
      it(`${screenName} x ${eventType} -> ${expected}`, () => {
        const before: KioskFlowState = { screen, message: screenName === 'findMe' ? null : 'pinTooManyTries', resetKey: 7 };
        const after = kioskFlow(before, event);
        if (expected === 'same') {
          expect(after).toBe(before);
        } else if (expected.startsWith('rest')) {
          const message = expected.split(':')[1] ?? null;
          expect(after).toEqual({ screen: { name: 'attract' }, message, resetKey: 8 });
        } else if (expected === 'message:cardInvalid') {
          expect(after).toEqual({ ...before, message: 'cardInvalid' });
        } else {
          expect(after.screen.name).toBe(expected);
          expect(after.resetKey).toBe(7);
          // Moving on clears a message; a booked desk only changes the confirmation it belongs to.
          expect(after.message).toBe(eventType === 'deskBooked' ? before.message : null);
        }
      });
    }
  }

  it('carries what each screen needs', () => {
    expect(kioskFlow(kioskAtRest, events.startChosen).screen).toEqual({ name: 'findMe', direction: 'in' });
    const onFindMe = { ...kioskAtRest, screen: screens.findMe };
    expect(kioskFlow(onFindMe, events.pinNeeded).screen).toEqual({ name: 'memberPin', direction: 'out', memberId: 'm-2', firstName: 'Anja' });
    expect(kioskFlow(onFindMe, events.memberAnswered).screen).toEqual({ name: 'outcome', outcome: checkedOut, method: 'scanner', verified: true });
    expect(kioskFlow({ ...kioskAtRest, screen: screens.outcome }, events.myBookingsChosen).screen).toEqual({ name: 'myBookings', memberId: 'm-1', firstName: 'Søren' });
    expect(kioskFlow({ ...kioskAtRest, screen: screens.guest }, events.guestSignedIn).screen).toEqual({ name: 'guestWelcome', welcome });
  });

  it('shows a member\'s bookings only to someone who showed a card or typed the PIN', () => {
    const typedName = { ...kioskAtRest, screen: { name: 'outcome', outcome: checkedIn, method: 'name', verified: false } } satisfies KioskFlowState;
    expect(kioskFlow(typedName, events.myBookingsChosen)).toBe(typedName);
  });

  it('lets only someone who showed a card or typed the PIN act on projects, after checking in or out', () => {
    const typedName = { ...kioskAtRest, screen: { name: 'outcome', outcome: checkedIn, method: 'name', verified: false } } satisfies KioskFlowState;
    expect(kioskFlow(typedName, events.projectsChosen)).toBe(typedName);
    const leaving = { ...kioskAtRest, screen: { name: 'outcome', outcome: checkedOut, method: 'scanner', verified: true } } satisfies KioskFlowState;
    expect(kioskFlow(leaving, events.projectsChosen).screen).toEqual({ name: 'projects', memberId: 'm-1', firstName: 'Søren' });
  });

  it('shows a desk just booked on the check-in confirmation, never on a check-out', () => {
    const onCheckIn = { ...kioskAtRest, screen: screens.outcome };
    const booked = kioskFlow(onCheckIn, events.deskBooked).screen;
    expect(booked.name === 'outcome' && booked.outcome.kind === 'checkedIn' ? booked.outcome.booking?.id : null).toBe('b-1');
    const onCheckOut: KioskFlowState = { ...kioskAtRest, screen: { name: 'outcome', outcome: checkedOut, method: 'name', verified: false } };
    expect(kioskFlow(onCheckOut, events.deskBooked)).toBe(onCheckOut);
  });

  it('is at rest only on the start screen without a message', () => {
    expect(isAtRest(kioskAtRest)).toBe(true);
    expect(isAtRest(kioskFlow(kioskAtRest, events.cardRefused))).toBe(false);
    expect(isAtRest(kioskFlow(kioskAtRest, events.guestChosen))).toBe(false);
  });

  it('takes a card in the direction chosen on the name screen, elsewhere as a toggle', () => {
    expect(cardDirection(screens.findMe)).toBe('out');
    for (const name of ['attract', 'outcome', 'memberPin'] as const) expect(cardDirection(screens[name])).toBe('toggle');
  });
});
