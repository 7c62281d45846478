import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckInMemberDialog } from './CheckInMemberDialog';
import { GuestsToday } from './GuestsToday';
import { NotificationPermission } from './NotificationPermission';
import { usePresenceActions } from './usePresenceActions';
import { useTodayScreen } from './useTodayScreen';
import { WhoIsHere } from './WhoIsHere';
import './today.css';

/** The host's day at a glance: who is in, who has left, and today's guests. */
export function TodayScreen() {
  const { t } = useTranslation();
  const today = useTodayScreen();
  const actions = usePresenceActions();
  const [checkingIn, setCheckingIn] = useState(false);

  return (
    <section className="today" aria-labelledby="today-title">
      <div className="section-heading">
        <h1 id="today-title">{t('presence.title')}</h1>
        <NotificationPermission />
      </div>
      {!today.loading && (
        <div className="today-columns">
          <WhoIsHere
            here={today.here}
            left={today.left}
            onCheckOut={(member) => { void actions.checkOut(member); }}
            onStartCheckIn={() => { setCheckingIn(true); }}
          />
          <GuestsToday guests={today.guests} onSignOut={(guest) => { void actions.signOutGuest(guest); }} />
        </div>
      )}
      {checkingIn && (
        <CheckInMemberDialog
          findMembers={today.findMembersToCheckIn}
          onCheckIn={async (member) => { if (await actions.checkIn(member)) setCheckingIn(false); }}
          onClose={() => { setCheckingIn(false); }}
        />
      )}
    </section>
  );
}
