import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useDataContext } from '../../app/services';
import type { HubDevice } from '../../data/sync/syncTypes';
import { useSyncStatus } from '../../data/sync/useSyncStatus';
import { AddMachineDialog } from './AddMachineDialog';
import { PairingDialog } from './PairingScreens';
import { useHubDevices, useRevokeDevice } from './useHubDevices';
import { useFormatting, type CompareText } from '../../app/formatting';
import './sync.css';
import { EmptyState } from '../../app/EmptyState';

/** Machines still syncing first, removed ones last; by name within each. */
function byStatusThenName(compareText: CompareText) {
  return (a: HubDevice, b: HubDevice): number => {
    if ((a.revokedAt === null) !== (b.revokedAt === null)) return a.revokedAt === null ? -1 : 1;
    return compareText(a.name, b.name);
  };
}

function MachineRow({ device, isThisMachine, onRemove }: { device: HubDevice; isThisMachine: boolean; onRemove: () => void }) {
  const { t } = useTranslation();
  const times = useFormatting();
  const removed = device.revokedAt !== null;
  return (
    <tr className={removed ? 'machine-removed' : undefined}>
      <th scope="row">
        {device.name}
        {isThisMachine && <> <span className="badge badge-in">{t('sync.machines.thisMachine')}</span></>}
      </th>
      <td>{t(`roles.${device.role}`)}</td>
      <td>{device.lastSeenAt ? t('sync.machines.lastSeen', { relative: times.relative(device.lastSeenAt), date: times.dateTime(device.lastSeenAt) }) : t('sync.machines.neverSeen')}</td>
      <td>{removed ? '–' : t('sync.machines.pending', { count: device.pendingChanges })}</td>
      <td>
        {device.revokedAt !== null ? t('sync.machines.removedOn', { date: times.dateTime(device.revokedAt) }) : !isThisMachine && (
          <button type="button" className="danger-quiet" aria-label={t('sync.machines.removeLabel', { name: device.name })} onClick={onRemove}>
            {t('sync.machines.remove')}
          </button>
        )}
      </td>
    </tr>
  );
}

function MachineTable({ devices, onRemove }: { devices: HubDevice[]; onRemove: (device: HubDevice) => void }) {
  const { t } = useTranslation();
  const { compareText } = useFormatting();
  const { deviceId } = useDataContext();
  if (devices.length === 0) return <EmptyState title={t('sync.machines.empty')} />;
  return (
    <div className="table-scroll">
      <table className="data-table machines-table">
        <caption className="visually-hidden">{t('sync.machines.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sync.machines.columnName')}</th>
            <th scope="col">{t('sync.machines.columnRole')}</th>
            <th scope="col">{t('sync.machines.columnLastSeen')}</th>
            <th scope="col">{t('sync.machines.columnPending')}</th>
            <th scope="col">{t('sync.machines.columnActions')}</th>
          </tr>
        </thead>
        <tbody>
          {[...devices].sort(byStatusThenName(compareText)).map((device) => (
            <MachineRow key={device.id} device={device} isThisMachine={device.id === deviceId} onRemove={() => { onRemove(device); }} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Host settings: every machine of the hub, adding one with a code, and removing one. */
export function MachinesSection() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const paired = status.state !== 'unpaired';
  const { devices, error, reload } = useHubDevices(paired);
  const revoke = useRevokeDevice(reload);
  const [adding, setAdding] = useState(false);
  const [pairing, setPairing] = useState(false);
  const [removing, setRemoving] = useState<HubDevice | null>(null);

  return (
    <section className="card machines-section" aria-labelledby="machines-title">
      <div className="section-heading">
        <h2 id="machines-title">{t('sync.machines.heading')}</h2>
        {paired && <button type="button" className="primary" onClick={() => { setAdding(true); }}>{t('sync.machines.add')}</button>}
      </div>
      {paired ? (
        <>
          <p className="muted">{t('sync.machines.intro')}</p>
          {error && <p className="form-error" role="alert">{error}</p>}
          {devices ? <MachineTable devices={devices} onRemove={setRemoving} /> : !error && <p className="muted">{t('sync.machines.loading')}</p>}
        </>
      ) : (
        <>
          <p>{t('sync.machines.notPaired')}</p>
          <button type="button" className="primary" onClick={() => { setPairing(true); }}>{t('sync.machine.connect')}</button>
        </>
      )}
      {adding && <AddMachineDialog hubUrl={status.hubUrl ?? window.location.origin} onClose={() => { setAdding(false); void reload(); }} />}
      {pairing && <PairingDialog onClose={() => { setPairing(false); }} />}
      {removing && (
        <ConfirmDialog
          title={t('sync.machines.removeTitle', { name: removing.name })}
          body={t('sync.machines.removeBody')}
          confirmLabel={t('sync.machines.removeConfirm')}
          cancelLabel={t('sync.machines.cancel')}
          onCancel={() => { setRemoving(null); }}
          onConfirm={() => { const device = removing; setRemoving(null); void revoke(device); }}
        />
      )}
    </section>
  );
}
