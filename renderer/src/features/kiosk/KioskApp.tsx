import { useTranslation } from 'react-i18next';
import { AttractScreen } from './AttractScreen';
import { FindMeScreen } from './FindMeScreen';
import { GuestScreen } from './GuestScreen';
import { GuestWelcomeScreen } from './GuestWelcomeScreen';
import { HostPinScreen } from './HostPinScreen';
import { KioskHostSettings } from './KioskHostSettings';
import { MemberPinScreen } from './MemberPinScreen';
import { KioskProjectsScreen } from './KioskProjectsScreen';
import { MyBookingsScreen } from './MyBookingsScreen';
import { OutcomeScreen } from './OutcomeScreen';
import { CameraScanner } from './scanner/CameraScanner';
import { useKeyboardWedge } from './scanner/useKeyboardWedge';
import { useIdleReset } from './useIdleReset';
import { isAtRest, type KioskMessage } from './kioskFlow';
import { useKioskCommands } from './useKioskCommands';
import { SyncIndicator } from '../sync/SyncIndicator';
import './kiosk.css';

const MESSAGE_KEYS = { cardInvalid: 'kiosk.card.invalid', pinTooManyTries: 'kiosk.pin.tooManyTries' } as const satisfies Record<KioskMessage, string>;

type Commands = ReturnType<typeof useKioskCommands>;

function CurrentScreen({ kiosk }: { kiosk: Commands }) {
  const { state: { screen }, dispatch, names } = kiosk;
  const toStart = () => { dispatch({ type: 'backToStart' }); };
  switch (screen.name) {
    case 'attract':
      return (
        <AttractScreen
          onStart={(direction) => { dispatch({ type: 'startChosen', direction }); }}
          onGuest={() => { dispatch({ type: 'guestChosen' }); }}
          onHostGesture={() => { dispatch({ type: 'hostGesture' }); }}
        />
      );
    case 'findMe':
      return <FindMeScreen direction={screen.direction} names={names} onPick={(match) => { kiosk.pickName(match, screen.direction); }} onBack={toStart} />;
    case 'memberPin': {
      const member = names.member(screen.memberId);
      if (!member) return null;
      return (
        <MemberPinScreen
          member={member} firstName={screen.firstName}
          onRight={() => { void kiosk.checkMemberInOrOut(member, screen.direction, 'name', true); }}
          onTooManyWrong={() => { dispatch({ type: 'pinTriesUsedUp' }); }}
          onCancel={toStart}
        />
      );
    }
    case 'outcome':
      return (
        <OutcomeScreen
          outcome={screen.outcome}
          onTakeDesk={(deskId) => kiosk.takeDesk(screen.outcome.memberId, deskId, screen.method)}
          onMyBookings={screen.verified ? () => { dispatch({ type: 'myBookingsChosen' }); } : null}
          onProjects={screen.verified ? () => { dispatch({ type: 'projectsChosen' }); } : null}
          onDone={toStart}
        />
      );
    case 'myBookings':
      return <MyBookingsScreen memberId={screen.memberId} firstName={screen.firstName} onCancel={(bookingId) => kiosk.cancelOwnBooking(screen.memberId, bookingId)} onDone={toStart} />;
    case 'projects':
      return <KioskProjectsScreen memberId={screen.memberId} firstName={screen.firstName} onDone={toStart} />;
    case 'guest':
      return <GuestScreen names={names} onSignIn={kiosk.signInGuest} onSignedIn={(welcome) => { dispatch({ type: 'guestSignedIn', welcome }); }} onCancel={toStart} />;
    case 'guestWelcome':
      return <GuestWelcomeScreen welcome={screen.welcome} onDone={toStart} />;
    case 'hostPin':
      return <HostPinScreen onRight={() => { dispatch({ type: 'hostPinRight' }); }} onCancel={toStart} />;
    case 'hostSettings':
      return <KioskHostSettings onBack={toStart} />;
  }
}

/**
 * The reception kiosk: one full-screen flow for people walking in. It never shows a member
 * list, a full last name or a private field, and it forgets everything after a short idle.
 */
export function KioskApp() {
  const { t } = useTranslation();
  const kiosk = useKioskCommands();
  const { state, dispatch, settings } = kiosk;
  const screenName = state.screen.name;
  const cardsWelcome = screenName === 'attract' || screenName === 'findMe' || screenName === 'outcome';
  const cameraOn = screenName === 'attract' || screenName === 'findMe';

  useIdleReset(settings.kioskIdleSeconds, () => { dispatch({ type: 'backToStart' }); }, !isAtRest(state));
  useKeyboardWedge((code) => { kiosk.scanCard(code, 'scanner'); }, { enabled: cardsWelcome });

  return (
    <main id="main" className="kiosk" tabIndex={-1}>
      <SyncIndicator role="kiosk" placement="corner" />
      {state.message && <p role="alert" className="kiosk-message">{t(MESSAGE_KEYS[state.message])}</p>}
      <CurrentScreen key={state.resetKey} kiosk={kiosk} />
      {/* Here, not inside a screen, so the camera stays on from the start screen to the name search; kiosk.css places it. */}
      {cameraOn && <CameraScanner active={cameraOn} hint={t('kiosk.card.cameraTitle')} onCode={(code) => { kiosk.scanCard(code, 'qrCard'); }} />}
    </main>
  );
}
