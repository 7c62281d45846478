import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../../app/services';

type Permission = NotificationPermission | 'unsupported';

function currentPermission(): Permission {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/**
 * In a browser, desktop notifications need the host's one-time permission, and browsers only
 * ask after a click. Electron shows them without asking, so this offers nothing there.
 */
export function NotificationPermission() {
  const { t } = useTranslation();
  const shell = useAppInfo()?.shell;
  const [permission, setPermission] = useState<Permission>(currentPermission);
  if (shell === 'electron' || permission === 'unsupported' || permission === 'granted') return null;
  if (permission === 'denied') return <p className="muted today-notify">{t('presence.notificationsBlocked')}</p>;
  const ask = async () => {
    setPermission(await Notification.requestPermission());
  };
  return (
    <div className="today-notify">
      <button type="button" aria-describedby="notify-help" onClick={() => { void ask(); }}>{t('presence.allowNotifications')}</button>
      <span id="notify-help" className="muted">{t('presence.allowNotificationsHelp')}</span>
    </div>
  );
}
