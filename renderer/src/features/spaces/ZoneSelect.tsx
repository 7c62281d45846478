import { useTranslation } from 'react-i18next';
import type { Zone } from '@core/schemas';
import { isActiveZone, type FloorWithZones } from './useSpaces';

/**
 * Where a desk or room is: a floor, or a zone on it. Deactivated floors and zones are not
 * offered, except the one a place already sits in (so that saving changes nothing unasked).
 */
export function ZoneSelect({ floors, value, onChange, ...control }: {
  floors: readonly FloorWithZones[];
  value: string | null;
  onChange: (zoneId: string | null) => void;
  id: string;
  'aria-describedby': string | undefined;
}) {
  const { t } = useTranslation();
  const offered = (zone: Zone) => isActiveZone(zone) || zone.id === value;
  return (
    <select {...control} value={value ?? ''} onChange={(event) => { onChange(event.target.value === '' ? null : event.target.value); }}>
      <option value="">{t('spaces.noZone')}</option>
      {floors.filter(({ floor }) => offered(floor)).map(({ floor, zones }) => (
        <optgroup key={floor.id} label={floor.name}>
          <option value={floor.id}>{floor.name}</option>
          {zones.filter(offered).map((zone) => <option key={zone.id} value={zone.id}>{`${floor.name} › ${zone.name}`}</option>)}
        </optgroup>
      ))}
    </select>
  );
}
