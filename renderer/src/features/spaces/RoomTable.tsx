import { useTranslation } from 'react-i18next';
import type { Room } from '@core/schemas';
import type { SpacesView } from './useSpaces';

export function RoomTable({ rooms, spaces, onEdit, onDeactivate, onReactivate }: {
  rooms: readonly Room[];
  spaces: SpacesView;
  onEdit: (room: Room) => void;
  onDeactivate: (room: Room) => void;
  onReactivate: (room: Room) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="data-table spaces-table">
        <caption className="visually-hidden">{t('spaces.roomTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('spaces.columnRoom')}</th>
            <th scope="col">{t('spaces.columnZone')}</th>
            <th scope="col">{t('spaces.columnCapacity')}</th>
            <th scope="col">{t('spaces.columnEquipment')}</th>
            <th scope="col">{t('spaces.columnWhoBooks')}</th>
            <th scope="col">{t('spaces.columnStatus')}</th>
            <th scope="col">{t('spaces.columnActions')}</th>
          </tr>
        </thead>
        <tbody>
          {rooms.map((room) => (
            <tr key={room.id} className={room.active ? undefined : 'is-inactive'}>
              <th scope="row">{room.name}</th>
              <td>{spaces.whereIs(room.zoneId) ?? t('spaces.noFloor')}</td>
              <td>{t('spaces.seats', { count: room.capacity })}</td>
              <td>{room.equipment.join(', ')}</td>
              <td>{room.bookableBy === 'hosts' ? t('spaces.bookableByHosts') : t('spaces.bookableByMembers')}</td>
              <td>{room.active ? t('spaces.inService') : t('spaces.deactivated')}</td>
              <td className="row-actions">
                <button type="button" aria-label={t('spaces.editNamed', { name: room.name })} onClick={() => { onEdit(room); }}>{t('spaces.edit')}</button>
                {room.active ? (
                  <button type="button" className="danger-quiet" aria-label={t('spaces.deactivateNamed', { name: room.name })} onClick={() => { onDeactivate(room); }}>{t('spaces.deactivate')}</button>
                ) : (
                  <button type="button" aria-label={t('spaces.reactivateNamed', { name: room.name })} onClick={() => { onReactivate(room); }}>{t('spaces.reactivate')}</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
