import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { guestPurposeCodes, type GuestPurpose } from '@core/schemas';
import type { GuestSignIn } from '../../data/guestRepo';
import type { MemberDirectoryView } from '../../data/memberDirectory/useMemberDirectory';
import { HostPicker, type ChosenHost } from './HostPicker';
import type { GuestWelcome } from './kioskFlow';

export function GuestScreen({ names, onSignIn, onSignedIn, onCancel }: {
  names: MemberDirectoryView;
  onSignIn: (guest: GuestSignIn) => Promise<{ arrivedAt: string }>;
  onSignedIn: (welcome: GuestWelcome) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [host, setHost] = useState<ChosenHost | null>(null);
  const [purpose, setPurpose] = useState<GuestPurpose | null>(null);
  const [company, setCompany] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [busy, setBusy] = useState(false);
  const nameMissing = name.trim() === '';

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (nameMissing) {
      setShowErrors(true);
      document.getElementById('kiosk-guest-name')?.focus();
      return;
    }
    setBusy(true);
    const guest = { name: name.trim(), company: company.trim(), purpose, visitingMemberId: host?.id ?? null };
    void onSignIn(guest).then((saved) => {
      onSignedIn({ name: guest.name, company: guest.company, hostName: host?.id ? host.label : null, arrivedAt: saved.arrivedAt });
    }, () => { setBusy(false); });
  };

  return (
    <form className="kiosk-screen kiosk-guest" onSubmit={submit} noValidate>
      <h1>{t('kiosk.guest.title')}</h1>
      <p>{t('kiosk.guest.intro')}</p>
      <div className={`field kiosk-guest-name${showErrors && nameMissing ? ' field-invalid' : ''}`}>
        <label htmlFor="kiosk-guest-name">{t('kiosk.guest.name')}</label>
        <input
          id="kiosk-guest-name" type="text" required autoComplete="off" autoFocus maxLength={120}
          aria-invalid={showErrors && nameMissing}
          aria-describedby={showErrors && nameMissing ? 'kiosk-guest-name-error' : undefined}
          value={name} onChange={(event) => { setName(event.target.value); }}
        />
        {showErrors && nameMissing && <p id="kiosk-guest-name-error" className="field-error">{t('kiosk.guest.nameRequired')}</p>}
      </div>
      <HostPicker names={names} chosen={host} onChoose={setHost} />
      <div className="field kiosk-guest-purpose">
        <span className="label" id="kiosk-guest-purpose">{t('kiosk.guest.purpose')}</span>
        <div className="kiosk-quick" role="group" aria-labelledby="kiosk-guest-purpose">
          {guestPurposeCodes.map((code) => (
            <button key={code} type="button" aria-pressed={purpose === code} onClick={() => { setPurpose(purpose === code ? null : code); }}>
              {t(`presence.guestPurpose.${code}`)}
            </button>
          ))}
        </div>
      </div>
      <div className="field kiosk-guest-company">
        <label htmlFor="kiosk-guest-company">{t('kiosk.guest.company')}</label>
        <input id="kiosk-guest-company" type="text" autoComplete="off" maxLength={120} value={company} onChange={(event) => { setCompany(event.target.value); }} />
      </div>
      <div className="kiosk-form-actions">
        <button type="button" onClick={onCancel}>{t('kiosk.guest.cancel')}</button>
        <button type="submit" className="primary kiosk-big" disabled={busy}>{t('kiosk.guest.submit')}</button>
      </div>
    </form>
  );
}
