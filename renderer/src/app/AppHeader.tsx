import { useTranslation } from 'react-i18next';
import type { DeviceRole } from '@core/deviceRole';
import { useHubSettings } from '../data/liveQueries';
import { SyncIndicator } from '../features/sync/SyncIndicator';
import { useAppStore } from '../store/appStore';
import { screensFor, type Screen } from '../store/sessionSlice';
import { LanguageSwitch } from './LanguageSwitch';

const screenLabels = {
  board: 'nav.board', projects: 'nav.projects', today: 'nav.today', bookings: 'nav.bookings', spaces: 'nav.spaces', members: 'nav.members', reports: 'nav.reports', settings: 'nav.settings',
} as const satisfies Record<Screen, string>;

export function AppHeader({ role }: { role: DeviceRole }) {
  const { t } = useTranslation();
  const hub = useHubSettings();
  const screen = useAppStore((state) => state.screen);
  const goTo = useAppStore((state) => state.goTo);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name" title={hub.name}>{hub.name}</span>
        <span className="role-tag">{t(`roles.${role}`)}</span>
      </div>
      <nav aria-label={t('app.mainNavigation')}>
        <ul>
          {screensFor(role).map((target) => (
            <li key={target}>
              <button type="button" className="nav-button" aria-current={screen === target ? 'page' : undefined} onClick={() => { goTo(target); }}>
                {t(screenLabels[target])}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <SyncIndicator role={role} placement="header" />
      <LanguageSwitch />
    </header>
  );
}
