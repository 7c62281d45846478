import { useRef, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SettingsField } from '../settings/SettingsField';
import { SyncProgress } from './SyncProgress';
import { HubFinder } from './HubFinder';
import { usePairing, type PairingPrefill } from './usePairing';
import { indicatorView } from './syncFormat';
import './sync.css';

/**
 * Hub address, pairing code and a name for this machine; after pairing, the download of the
 * hub's data, then the role's screens. Used as a page (role picker) and in a dialog.
 */
export function PairingForm({ onCancel, onDone, prefill }: { onCancel?: () => void; onDone?: () => void; prefill?: PairingPrefill }) {
  const { t } = useTranslation();
  const pairing = usePairing(onDone, prefill);
  const { draft, edit, fieldError, phase } = pairing;
  const formRef = useRef<HTMLFormElement>(null);

  if (phase.name === 'downloading') return <Downloading pairing={pairing} />;

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void pairing.submit().then((paired) => {
      if (!paired) requestAnimationFrame(() => { formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .form-error')?.focus(); });
    });
  };
  const sending = phase.name === 'sending';
  // Next comes the code: taking people there saves a search on a touch screen.
  const chooseHub = (url: string) => {
    edit('hubUrl', url);
    formRef.current?.querySelector<HTMLElement>('.pairing-code-input')?.focus();
  };

  return (
    <form ref={formRef} className="pairing-form" onSubmit={submit} noValidate aria-busy={sending}>
      <p>{t('sync.pairing.intro')}</p>
      <SettingsField
        label={t('sync.pairing.hubUrl')}
        help={pairing.inElectron ? t('sync.pairing.hubUrlHelp') : t('sync.pairing.hubUrlHelpBrowser')}
        error={fieldError('hubUrl') ? t('sync.pairing.errors.hubUrl') : null}
        required
      >
        {(props) => (
          <input {...props} type="url" inputMode="url" autoComplete="off" spellCheck={false} value={draft.hubUrl}
            onChange={(event) => { edit('hubUrl', event.target.value); }} />
        )}
      </SettingsField>
      {/* In browser mode the page's own address is the hub, and a browser cannot listen for announcements. */}
      {pairing.inElectron && <HubFinder chosenUrl={draft.hubUrl} onChoose={chooseHub} />}
      <SettingsField label={t('sync.pairing.code')} help={t('sync.pairing.codeHelp')} error={fieldError('code') ? t('sync.pairing.errors.code') : null} required>
        {(props) => (
          <input {...props} className="pairing-code-input" inputMode="numeric" autoComplete="one-time-code" maxLength={12}
            value={draft.code} onChange={(event) => { edit('code', event.target.value); }} />
        )}
      </SettingsField>
      <SettingsField label={t('sync.pairing.name')} help={t('sync.pairing.nameHelp')} error={fieldError('name') ? t('sync.pairing.errors.name') : null} required>
        {(props) => <input {...props} maxLength={80} autoComplete="off" value={draft.name} onChange={(event) => { edit('name', event.target.value); }} />}
      </SettingsField>
      {pairing.formError && <p className="form-error" role="alert" tabIndex={-1}>{pairing.formError}</p>}
      <div className="pairing-actions">
        {onCancel && <button type="button" onClick={onCancel} disabled={sending}>{t('sync.pairing.back')}</button>}
        <button type="submit" className="primary" disabled={sending}>
          {sending ? t('sync.pairing.submitting') : t('sync.pairing.submit')}
        </button>
      </div>
    </form>
  );
}

function Downloading({ pairing }: { pairing: ReturnType<typeof usePairing> }) {
  const { t } = useTranslation();
  const view = indicatorView(pairing.status);
  return (
    <div className="pairing-downloading">
      <p role="status"><strong>{t('sync.pairing.syncingTitle')}</strong></p>
      {view.kind === 'initialSync' ? <SyncProgress value={view.value} max={view.max} /> : <p className="muted">{t('sync.pairing.waitingForHub')}</p>}
      <p className="muted">{t('sync.pairing.syncingHelp')}</p>
      <button type="button" onClick={pairing.continueNow}>{t('sync.pairing.continue')}</button>
    </div>
  );
}
