import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BookingLine } from './BookingLine';
import { FreeDeskChoice } from './FreeDeskChoice';
import type { MemberOutcome } from './kioskFlow';
import { CONFIRMATION_MS, DESK_CHOICE_MS, MY_BOOKINGS_OFFER_MS } from './kioskTiming';
import { KioskProjectsButton } from './KioskProjectsButton';
import { MyBookingsButton } from './MyBookingsScreen';
import { useAutoClose } from './useAutoClose';
import type { DeskChoiceResult } from './useKioskCommands';
import { useFormatting } from '../../app/formatting';

type CheckedIn = Extract<MemberOutcome, { kind: 'checkedIn' }>;

function CheckedInBody({ outcome, onTakeDesk }: { outcome: CheckedIn; onTakeDesk: (deskId: string) => Promise<DeskChoiceResult> }) {
  const { t } = useTranslation();
  const { booking } = outcome;
  return (
    <>
      <h1>{outcome.changed ? t('kiosk.confirm.welcome', { name: outcome.firstName }) : t('kiosk.confirm.alreadyIn', { name: outcome.firstName })}</h1>
      {booking ? <BookingLine booking={booking} /> : (
        <>
          <p>{t('kiosk.confirm.noBooking')}</p>
          <FreeDeskChoice onTake={onTakeDesk} />
        </>
      )}
    </>
  );
}

/**
 * The answer to a check-in or check-out: greets by first name only, and closes by itself
 * (or on a tap anywhere but a desk button) so the next person finds the start screen.
 */
export function OutcomeScreen({ outcome, onTakeDesk, onMyBookings, onProjects, onDone }: {
  outcome: MemberOutcome;
  onTakeDesk: (deskId: string) => Promise<DeskChoiceResult>;
  /** Null when the member only typed their name: their bookings stay private then. */
  onMyBookings: (() => void) | null;
  /** Null likewise: joining projects and logging hours are done in the member's name. */
  onProjects: (() => void) | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatting();
  // Decided once per outcome: booking a desk keeps the longer time it was offered with.
  const [offeredDesks] = useState(() => outcome.kind === 'checkedIn' && outcome.booking === null);
  useAutoClose(offeredDesks ? DESK_CHOICE_MS : onMyBookings ? MY_BOOKINGS_OFFER_MS : CONFIRMATION_MS, onDone);
  const closeOnBackground = (event: MouseEvent) => {
    if (!(event.target instanceof Element) || !event.target.closest('button, a, input')) onDone();
  };
  return (
    // A tap anywhere closes; the Done button is the keyboard's way to do the same.
    <div className="kiosk-screen kiosk-outcome" onClick={closeOnBackground}>
      {outcome.kind === 'checkedIn'
        ? <CheckedInBody outcome={outcome} onTakeDesk={onTakeDesk} />
        : (
          <h1>
            {outcome.changed
              ? t('kiosk.confirm.goodbye', { name: outcome.firstName, time: format.duration(outcome.visitMinutes * 60_000) })
              : t('kiosk.confirm.alreadyOut', { name: outcome.firstName })}
          </h1>
        )}
      {onMyBookings && <MyBookingsButton memberId={outcome.memberId} onOpen={onMyBookings} />}
      {onProjects && <KioskProjectsButton onOpen={onProjects} />}
      <p className="muted">{t('kiosk.confirm.closesSoon')}</p>
      <button type="button" className="primary kiosk-done" onClick={onDone}>{t('kiosk.confirm.done')}</button>
    </div>
  );
}
