import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/appStore';
import { KioskApp } from '../features/kiosk/KioskApp';
import { RoomDisplayApp } from '../features/roomDisplay/RoomDisplayApp';
import { useProjectDigest } from '../features/pinboard/useProjectDigest';
import { WallApp } from '../features/wall/WallApp';
import { MachineRemovedScreen } from '../features/sync/MachineRemovedScreen';
import { useMachineRemovedScreen } from '../features/sync/useMachineRemovedScreen';
import { AppHeader } from './AppHeader';
import { NoticeArea } from './NoticeArea';
import { RolePicker } from './RolePicker';
import { useGuestArrivalNotices } from './useGuestArrivalNotices';
import { ScreenView } from './ScreenView';

export function App({ storagePersistent }: { storagePersistent: boolean }) {
  const { t, i18n } = useTranslation();
  const device = useAppStore((state) => state.device);
  const language = device?.language;
  useGuestArrivalNotices(device?.role ?? null);
  useProjectDigest(device?.role ?? null);
  const removed = useMachineRemovedScreen();

  useEffect(() => {
    if (language && i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = i18n.language;
    document.title = t('app.title');
  }, [language, i18n, t]);

  // Before any role's screens: a removed machine has nothing left to show but the way back.
  if (removed) return <div className="app"><MachineRemovedScreen mark={removed.mark} onPaired={removed.done} /><NoticeArea /></div>;
  if (!device?.role) return <RolePicker />;
  // The kiosk is one full-screen flow for passers-by: no header, no navigation.
  if (device.role === 'kiosk') return <div className="app" data-role="kiosk"><KioskApp /><NoticeArea /></div>;
  // The door display, too: a full screen for whoever passes the room, managed from the host desk.
  if (device.role === 'room') return <div className="app" data-role="room"><RoomDisplayApp /><NoticeArea /></div>;
  // The wall display: slides for passers-by, no header and no notices; WallApp shows notices only behind the host PIN.
  if (device.role === 'wall') return <div className="app" data-role="wall"><WallApp /></div>;
  // What is left is the host desk.
  return (
    <div className="app" data-role={device.role}>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <AppHeader role={device.role} />
      {!storagePersistent && <p className="banner" role="note">{t('app.storageNotPersistent')}</p>}
      <main id="main" tabIndex={-1}>
        <ScreenView role={device.role} />
      </main>
      <NoticeArea />
    </div>
  );
}
