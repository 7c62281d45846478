import { lazy, Suspense } from 'react';
import type { DeviceRole } from '@core/deviceRole';
import { BookingsScreen } from '../features/bookings/BookingsScreen';
import { MemberBoard } from '../features/members/MemberBoard';
import { MembersAdmin } from '../features/members/MembersAdmin';
import { PinboardScreen } from '../features/pinboard/PinboardScreen';
import { TodayScreen } from '../features/presence/TodayScreen';
import { SpacesScreen } from '../features/spaces/SpacesScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { useAppStore } from '../store/appStore';
import { screensFor } from '../store/sessionSlice';

// The charts library is large and only the host desk's Reports use it: the kiosk, door and wall never load it.
const ReportsScreen = lazy(async () => ({ default: (await import('../features/reports/ReportsScreen')).ReportsScreen }));

/** The role decides which screens exist; a screen the role lacks falls back to the board. */
export function ScreenView({ role }: { role: DeviceRole }) {
  const requested = useAppStore((state) => state.screen);
  const screen = screensFor(role).includes(requested) ? requested : 'board';
  switch (screen) {
    case 'members':
      return <MembersAdmin />;
    case 'projects':
      return <PinboardScreen />;
    case 'today':
      return <TodayScreen />;
    case 'bookings':
      return <BookingsScreen />;
    case 'spaces':
      return <SpacesScreen />;
    case 'reports':
      return <Suspense fallback={null}><ReportsScreen /></Suspense>;
    case 'settings':
      return <SettingsScreen role={role} />;
    case 'board':
      return <MemberBoard />;
  }
}
