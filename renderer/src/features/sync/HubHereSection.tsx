import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../../app/services';
import { useSyncStatus } from '../../data/sync/useSyncStatus';
import type { HubHereView } from './desktopHub';
import { PairingDialog } from './PairingScreens';
import { useHubHere } from './useHubHere';
import './desktopHub.css';

/**
 * Settings → "This machine runs the hub". Desktop only: a browser is opened from a hub and
 * cannot be one, so browser mode never shows a switch that could not work.
 */
export function HubHereSection() {
  const inElectron = useAppInfo()?.shell === 'electron';
  return inElectron ? <HubHereCard /> : null;
}

function HubHereCard() {
  const { t } = useTranslation();
  const hubHere = useHubHere();
  const stateId = useId();
  const { view } = hubHere;
  return (
    <section className="card hub-here" aria-labelledby="hub-here-title" aria-busy={hubHere.busy}>
      <h2 id="hub-here-title">{t('sync.hubHere.heading')}</h2>
      <p className="muted">{t('sync.hubHere.intro')}</p>
      <label className="hub-here-switch">
        <input type="checkbox" role="switch" checked={hubHere.checked} disabled={hubHere.busy} aria-describedby={stateId}
          onChange={(event) => { void hubHere.setRunsHub(event.target.checked); }} />
        <span>{t('sync.hubHere.switchLabel')}</span>
      </label>
      <div id={stateId} aria-live="polite">
        <HubState view={view} />
      </div>
      {hubHere.error && <p className="form-error" role="alert">{hubHere.error}</p>}
      {view.kind === 'running' && <RunningHubFacts view={view} ownUrl={hubHere.ownUrl} />}
    </section>
  );
}

function HubState({ view }: { view: HubHereView }) {
  const { t } = useTranslation();
  if (view.kind === 'problem') {
    return (
      <div className="hub-here-problem">
        <p className="form-error">{t('sync.hubHere.problem')}</p>
        <p>{view.problem}</p>
      </div>
    );
  }
  const waiting = view.kind === 'checking' || view.kind === 'starting' || view.kind === 'stopping';
  return (
    <p className="hub-here-state">
      {waiting && <span className="spinner" aria-hidden="true" />}
      <span>{t(`sync.hubHere.${view.kind}`)}</span>
    </p>
  );
}

function RunningHubFacts({ view, ownUrl }: { view: Extract<HubHereView, { kind: 'running' }>; ownUrl: string | null }) {
  const { t } = useTranslation();
  const unpaired = useSyncStatus().state === 'unpaired';
  const [pairing, setPairing] = useState(false);
  const code = view.firstHostCode;
  return (
    <>
      <h3>{t('sync.hubHere.addresses')}</h3>
      {view.lanUrls.length > 0 ? (
        <>
          <ul className="hub-here-urls">{view.lanUrls.map((url) => <li key={url}>{url}</li>)}</ul>
          <p className="field-help">{t('sync.hubHere.addressesHelp')}</p>
        </>
      ) : <p>{t('sync.hubHere.noAddresses')}</p>}
      {code !== null && (
        <>
          <h3>{t('sync.hubHere.firstCode')}</h3>
          <p className="hub-here-code">{code}</p>
          <p>{t('sync.hubHere.firstCodeHint')}</p>
          {unpaired && <button type="button" className="primary" onClick={() => { setPairing(true); }}>{t('sync.hubHere.connectHere')}</button>}
        </>
      )}
      {pairing && code !== null && (
        <PairingDialog prefill={ownUrl === null ? { code } : { code, hubUrl: ownUrl }} onClose={() => { setPairing(false); }} />
      )}
    </>
  );
}
