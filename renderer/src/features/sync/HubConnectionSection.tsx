import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRole } from '@core/deviceRole';
import { ConfirmDialog } from '../../app/ConfirmDialog';
import { useSync } from '../../app/services';
import { forgetHub } from '../../data/sync/pairing';
import { SyncError } from '../../data/sync/syncTypes';
import { useSyncStatus } from '../../data/sync/useSyncStatus';
import { useAppStore } from '../../store/appStore';
import { PairingDialog } from './PairingScreens';
import { indicatorView } from './syncFormat';
import { useIndicatorText } from './SyncIndicator';
import { useFormatting } from '../../app/formatting';
import './sync.css';

function useDisconnect() {
  const { t } = useTranslation();
  const sync = useSync();
  const notify = useAppStore((state) => state.notify);
  return async () => {
    try {
      await forgetHub(sync);
      notify({ kind: 'success', text: t('sync.machine.disconnected') });
    } catch (error) {
      notify({ kind: 'error', text: error instanceof SyncError ? error.message : t('errors.unknown', { message: error instanceof Error ? error.message : String(error) }) });
    }
  };
}

/**
 * A wall or room display opens Settings without any PIN, so disconnecting one (after which any
 * role could be chosen) goes through the host-PIN role change instead; a kiosk's Settings sit
 * behind the host PIN already.
 */
function disconnectsFreely(role: DeviceRole): boolean {
  return role === 'host' || role === 'kiosk';
}

/** Settings → This machine: which hub it syncs with, or how to connect it to one. */
export function HubConnectionSection({ role }: { role: DeviceRole }) {
  const { t } = useTranslation();
  const status = useSyncStatus();
  const statusText = useIndicatorText(indicatorView(status));
  const times = useFormatting();
  const disconnect = useDisconnect();
  const [pairing, setPairing] = useState(false);
  const [confirming, setConfirming] = useState(false);

  return (
    <section className="card hub-connection" aria-labelledby="hub-connection-title">
      <h2 id="hub-connection-title">{t('sync.machine.heading')}</h2>
      {status.state === 'unpaired' ? (
        <>
          <p>{t('sync.machine.notPaired')}</p>
          <button type="button" className="primary" onClick={() => { setPairing(true); }}>{t('sync.machine.connect')}</button>
        </>
      ) : (
        <>
          <dl className="hub-facts">
            <dt>{t('sync.machine.hubAddress')}</dt>
            <dd>{status.hubUrl ?? '–'}</dd>
            <dt>{t('sync.machine.machineName')}</dt>
            <dd>{status.deviceName ?? '–'}</dd>
            <dt>{t('sync.machine.status')}</dt>
            <dd>{statusText}</dd>
            <dt>{t('sync.machine.lastSynced')}</dt>
            <dd>{status.lastSyncedAt ? times.dateTime(status.lastSyncedAt) : t('sync.machine.never')}</dd>
            {status.skippedRecords && (
              <>
                <dt>{t('sync.skipped.label')}</dt>
                <dd data-testid="skipped-records">
                  {t('sync.skipped.count', { count: status.skippedRecords.count })}
                  {status.skippedRecords.last.table && status.skippedRecords.last.field
                    ? ` ${t('sync.skipped.last', { table: status.skippedRecords.last.table, field: status.skippedRecords.last.field })}`
                    : null}
                </dd>
              </>
            )}
          </dl>
          {disconnectsFreely(role) ? (
            <button type="button" className="danger-quiet" onClick={() => { setConfirming(true); }}>{t('sync.machine.disconnect')}</button>
          ) : (
            <p className="muted">{t('cards.roleLock.disconnectWithPin')}</p>
          )}
        </>
      )}
      {pairing && <PairingDialog onClose={() => { setPairing(false); }} />}
      {confirming && (
        <ConfirmDialog
          title={t('sync.machine.disconnectTitle')}
          body={t('sync.machine.disconnectBody')}
          confirmLabel={t('sync.machine.disconnect')}
          cancelLabel={t('sync.machine.cancel')}
          onCancel={() => { setConfirming(false); }}
          onConfirm={() => { setConfirming(false); void disconnect(); }}
        />
      )}
    </section>
  );
}
