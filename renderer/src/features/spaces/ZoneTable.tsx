import { useTranslation } from 'react-i18next';
import type { Zone } from '@core/schemas';
import { isActiveZone, type FloorWithZones, type SpacesView } from './useSpaces';

/** Floors, each followed by its zones, with how many active desks and rooms each holds. */
export function ZoneTable({ floors, spaces, showInactive, onEdit, onDeactivate, onReactivate }: {
  floors: readonly FloorWithZones[];
  spaces: SpacesView;
  showInactive: boolean;
  onEdit: (zone: Zone) => void;
  onDeactivate: (zone: Zone) => void;
  onReactivate: (zone: Zone) => void;
}) {
  const { t } = useTranslation();
  const shown = (zone: Zone) => showInactive || isActiveZone(zone);
  const contains = (zone: Zone) => {
    const ids = new Set([zone.id, ...spaces.floors.flatMap(({ floor, zones }) => (floor.id === zone.id ? zones.map((inner) => inner.id) : []))]);
    const inZone = (place: { zoneId: string | null; active: boolean }) => place.active && place.zoneId !== null && ids.has(place.zoneId);
    return `${t('spaces.desksCount', { count: spaces.desks.filter(inZone).length })}, ${t('spaces.roomsCount', { count: spaces.rooms.filter(inZone).length })}`;
  };
  const row = (zone: Zone, nested: boolean) => (
    <tr key={zone.id} className={`${nested ? 'zone-row' : 'floor-row'}${isActiveZone(zone) ? '' : ' is-inactive'}`}>
      <th scope="row">{zone.name}</th>
      <td>{zone.kind === 'floor' ? t('spaces.kindFloor') : zone.quiet ? `${t('spaces.kindZone')} · ${t('spaces.quietZone')}` : t('spaces.kindZone')}</td>
      <td>{contains(zone)}</td>
      <td>{isActiveZone(zone) ? t('spaces.inService') : t('spaces.deactivated')}</td>
      <td className="row-actions">
        <button type="button" aria-label={t('spaces.editNamed', { name: zone.name })} onClick={() => { onEdit(zone); }}>{t('spaces.edit')}</button>
        {isActiveZone(zone) ? (
          <button type="button" className="danger-quiet" aria-label={t('spaces.deactivateNamed', { name: zone.name })} onClick={() => { onDeactivate(zone); }}>{t('spaces.deactivate')}</button>
        ) : (
          <button type="button" aria-label={t('spaces.reactivateNamed', { name: zone.name })} onClick={() => { onReactivate(zone); }}>{t('spaces.reactivate')}</button>
        )}
      </td>
    </tr>
  );
  return (
    <div className="table-scroll">
      <table className="data-table spaces-table">
        <caption className="visually-hidden">{t('spaces.zoneTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('spaces.columnName')}</th>
            <th scope="col">{t('spaces.columnKind')}</th>
            <th scope="col">{t('spaces.columnContains')}</th>
            <th scope="col">{t('spaces.columnStatus')}</th>
            <th scope="col">{t('spaces.columnActions')}</th>
          </tr>
        </thead>
        <tbody>
          {floors.filter(({ floor }) => shown(floor)).flatMap(({ floor, zones }) => [row(floor, false), ...zones.filter(shown).map((zone) => row(zone, true))])}
        </tbody>
      </table>
    </div>
  );
}
