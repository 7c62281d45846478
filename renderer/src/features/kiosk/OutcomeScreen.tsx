import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '@core/schemas';
import { BookingLine } from './BookingLine';
import { FreeDeskChoice } from './FreeDeskChoice';
import { CONFIRMATION_MS, DESK_CHOICE_MS } from './kioskRules';
import { useAutoClose } from './useAutoClose';
import type { MemberOutcome } from './useKioskActions';
import { useFormatting } from '../../app/formatting';

type CheckedIn = Extract<MemberOutcome, { kind: 'checkedIn' }>;

function CheckedInBody({ outcome, onTakeDesk }: { outcome: CheckedIn; onTakeDesk: (deskId: string) => Promise<Booking | 'taken'> }) {
  const { t } = useTranslation();
  const [booked, setBooked] = useState<Booking | null>(null);
  const booking = booked ?? outcome.booking;
  const take = async (deskId: string) => {
    const result = await onTakeDesk(deskId);
    if (result !== 'taken') setBooked(result);
    return result;
  };
  return (
    <>
      <h1>{outcome.changed ? t('kiosk.confirm.welcome', { name: outcome.firstName }) : t('kiosk.confirm.alreadyIn', { name: outcome.firstName })}</h1>
      {booking ? <BookingLine booking={booking} /> : (
        <>
          <p>{t('kiosk.confirm.noBooking')}</p>
          <FreeDeskChoice onTake={take} />
        </>
      )}
    </>
  );
}

/**
 * The answer to a check-in or check-out: greets by first name only, and closes by itself
 * (or on a tap anywhere but a desk button) so the next person finds the start screen.
 */
export function OutcomeScreen({ outcome, onTakeDesk, onDone }: {
  outcome: MemberOutcome;
  onTakeDesk: (deskId: string) => Promise<Booking | 'taken'>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatting();
  const choosingDesk = outcome.kind === 'checkedIn' && outcome.booking === null;
  useAutoClose(choosingDesk ? DESK_CHOICE_MS : CONFIRMATION_MS, onDone);
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
              ? t('kiosk.confirm.goodbye', { name: outcome.firstName, time: format.duration(outcome.timeSpentMs) })
              : t('kiosk.confirm.alreadyOut', { name: outcome.firstName })}
          </h1>
        )}
      <p className="muted">{t('kiosk.confirm.closesSoon')}</p>
      <button type="button" className="primary kiosk-done" onClick={onDone}>{t('kiosk.confirm.done')}</button>
    </div>
  );
}
