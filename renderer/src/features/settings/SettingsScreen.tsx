import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRole } from '@core/deviceRole';
import { canWriteTable } from '@core/sync/permissions';
import { RoleRadios } from '../../app/RoleRadios';
import { useAppInfo } from '../../app/services';
import { useSessionChoices } from '../../app/useSessionChoices';
import { useSyncStatus } from '../../data/sync/useSyncStatus';
import { useAppStore } from '../../store/appStore';
import { HostPinForm } from './HostPinForm';
import { HubConnectionSection } from '../sync/HubConnectionSection';
import { HubHereSection } from '../sync/HubHereSection';
import { MachinesSection } from '../sync/MachinesSection';
import { PairingDialog } from '../sync/PairingScreens';
import { BookingRulesForm } from './BookingRulesForm';
import { HubSettingsForm } from './HubSettingsForm';
import { PairedRoleSection } from './PairedRoleSection';
import { WallDisplayForm } from './WallDisplayForm';
import './settings.css';

export function SettingsScreen({ role }: { role: DeviceRole }) {
  const { t } = useTranslation();
  const { chooseRole } = useSessionChoices();
  const notify = useAppStore((state) => state.notify);
  const appInfo = useAppInfo();
  const sync = useSyncStatus();
  const [picked, setPicked] = useState<DeviceRole>(role);
  // After the host PIN, a paired machine disconnects and is paired again for its new role.
  const [pairAgain, setPairAgain] = useState<{ hubUrl: string | null } | null>(null);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void chooseRole(picked).then(() => { notify({ kind: 'success', text: t('settings.roleSaved', { role: t(`roles.${picked}`) }) }); });
  };
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      {/* A paired machine is what the hub paired it as: a new role takes the host PIN and a new pairing. */}
      {sync.state === 'unpaired' ? (
        <form className="card" onSubmit={submit}>
          <h2>{t('settings.deviceTitle')}</h2>
          <p>{t('roles.current', { role: t(`roles.${role}`) })}</p>
          <RoleRadios name="role" legend={t('settings.roleLabel')} value={picked} onChange={setPicked} />
          <button type="submit" className="primary" disabled={picked === role}>{t('settings.saveRole')}</button>
        </form>
      ) : (
        <PairedRoleSection role={role} hubUrl={sync.hubUrl} onDisconnected={(hubUrl) => { setPairAgain({ hubUrl }); }} />
      )}
      {pairAgain && <PairingDialog onClose={() => { setPairAgain(null); }} prefill={pairAgain.hubUrl ? { hubUrl: pairAgain.hubUrl } : undefined} />}
      {role === 'host' && <HubHereSection />}
      <HubConnectionSection role={role} />
      {role === 'host' && <MachinesSection />}
      {/* Only what this role may write: the hub refuses the rest and it would roll back (core/sync/permissions.ts). */}
      {canWriteTable(role, 'hubSettings') && (
        <>
          <HubSettingsForm />
          <BookingRulesForm />
          <WallDisplayForm />
          <HostPinForm />
        </>
      )}
      {appInfo && (
        <div className="card">
          <h2>{t('settings.aboutTitle')}</h2>
          <p>{t('settings.version', { version: appInfo.version, shell: t(`settings.shell.${appInfo.shell}`) })}</p>
        </div>
      )}
    </section>
  );
}
