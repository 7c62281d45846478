import { useTranslation } from 'react-i18next';
import { deviceRoles, type DeviceRole } from '@core/deviceRole';

/** The four machine roles as big radio choices, each with a line on what it is for. */
export function RoleRadios({ name, legend, value, onChange }: {
  name: string;
  legend: string;
  value: DeviceRole;
  onChange: (role: DeviceRole) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="role-radios">
      <legend>{legend}</legend>
      {deviceRoles.map((option) => (
        <label key={option} className="radio-field">
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => { onChange(option); }} />
          <span>
            <strong>{t(`roles.${option}`)}</strong>
            <span className="muted">{t(`roles.${option}Help`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
