import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRole } from '@core/deviceRole';
import { useFormatting } from '../../app/formatting';
import { useDataContext } from '../../app/services';
import { useSyncStatus } from '../../data/sync/useSyncStatus';
import { PairingDialog } from './PairingScreens';
import { SyncProgress } from './SyncProgress';
import { indicatorView, type IndicatorView } from './syncFormat';
import { useRefusalNotice } from './useRefusalNotice';
import { useReplacedNotice } from './useReplacedNotice';
import './sync.css';

/** The indicator's words for the connection; the download's numbers are in its progress bar. */
export function useIndicatorText(view: IndicatorView): string {
  const { t } = useTranslation();
  const { timeOrDateTime } = useFormatting();
  switch (view.kind) {
    case 'unpaired':
      return t('sync.indicator.unpaired');
    case 'connecting':
      return t('sync.indicator.connecting');
    case 'online':
      return t('sync.indicator.online');
    case 'syncing':
      return t('sync.indicator.syncing', { count: view.pending });
    case 'offline':
      return view.since ? t('sync.indicator.offline', { time: timeOrDateTime(view.since) }) : t('sync.indicator.offlineNoTime');
    case 'initialSync':
      return t('sync.indicator.initialSyncLabel');
  }
}

/**
 * The hub connection in a few calm words, on every screen. It never blocks anything: a
 * machine without the hub keeps working and sends its changes later.
 */
export function SyncIndicator({ role, placement }: { role: DeviceRole; placement: 'header' | 'corner' }) {
  const { t } = useTranslation();
  const { now } = useDataContext();
  const status = useSyncStatus();
  const view = indicatorView(status);
  const text = useIndicatorText(view);
  const [pairing, setPairing] = useState(false);
  useRefusalNotice(role, status.lastRefusal, now);
  useReplacedNotice(role, status.replaced);
  // Only the host desk is looked after by someone who can pair it; elsewhere it is just a note.
  const canPair = view.kind === 'unpaired' && role === 'host';

  return (
    <div className={`sync-indicator sync-${placement}`} data-sync={view.kind}>
      <p role="status" aria-label={t('sync.indicator.label')} className={view.kind === 'initialSync' ? 'visually-hidden' : 'sync-state'}>
        {canPair ? (
          <button type="button" className="sync-pair-button" onClick={() => { setPairing(true); }}>
            <span className="sync-dot" aria-hidden="true" />{text}
          </button>
        ) : (
          <><span className="sync-dot" aria-hidden="true" />{text}</>
        )}
      </p>
      {view.kind === 'initialSync' && <SyncProgress value={view.value} max={view.max} />}
      {pairing && <PairingDialog onClose={() => { setPairing(false); }} />}
    </div>
  );
}
