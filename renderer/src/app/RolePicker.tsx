import { useTranslation } from 'react-i18next';
import { deviceRoles } from '@core/deviceRole';
import { useAppStore } from '../store/appStore';
import { LanguageSwitch } from './LanguageSwitch';

/** First run: one obvious question, four big answers. */
export function RolePicker() {
  const { t } = useTranslation();
  const chooseRole = useAppStore((state) => state.chooseRole);
  return (
    <main className="role-picker" id="main">
      <LanguageSwitch />
      <h1>{t('roles.pickTitle')}</h1>
      <p>{t('roles.pickHelp')}</p>
      <ul className="role-options">
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
