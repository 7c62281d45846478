import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceRoles } from '@core/deviceRole';
import { PairingPage } from '../features/sync/PairingScreens';
import { pairingCodeFromSearch } from '../features/sync/syncFormat';
import { LanguageSwitch } from './LanguageSwitch';
import { useSessionChoices } from './useSessionChoices';

/** First run: one obvious question, four big answers. */
export function RolePicker() {
  const { t } = useTranslation();
  const { chooseRole } = useSessionChoices();
  // A pairing link or QR code (?pair=…) goes straight to the pairing form.
  const [pairing, setPairing] = useState(() => pairingCodeFromSearch(window.location.search) !== null);
  if (pairing) return <PairingPage onBack={() => { setPairing(false); }} />;
  return (
    <main className="role-picker" id="main">
      <LanguageSwitch />
      <h1>{t('roles.pickTitle')}</h1>
      <p>{t('roles.pickHelp')}</p>
      <ul className="role-options">
        <li>
          <button type="button" className="role-option" onClick={() => { setPairing(true); }}>
            <span className="role-option-name">{t('sync.pairing.rolePickerOption')}</span>
            <span className="role-option-help">{t('sync.pairing.rolePickerHelp')}</span>
          </button>
        </li>
        {deviceRoles.map((role) => (
          <li key={role}>
            <button type="button" className="role-option" onClick={() => { void chooseRole(role); }}>
              <span className="role-option-name">{t(`roles.${role}`)}</span>
              <span className="role-option-help">{t(`roles.${role}Help`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
