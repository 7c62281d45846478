import { useTranslation } from 'react-i18next';
import type { Desk } from '@core/schemas';
import { featureText } from './placeText';
import type { SpacesView } from './useSpaces';

export function DeskTable({ desks, spaces, onEdit, onDeactivate, onReactivate }: {
  desks: readonly Desk[];
  spaces: SpacesView;
  onEdit: (desk: Desk) => void;
  onDeactivate: (desk: Desk) => void;
  onReactivate: (desk: Desk) => void;
}) {
  const { t } = useTranslation();
  const use = (desk: Desk) => {
    if (!desk.fixedMemberId) return t('spaces.hotDesk');
    const name = spaces.memberName(desk.fixedMemberId);
    return name ? t('spaces.fixedTo', { name }) : t('spaces.fixedToUnknown');
  };
  const status = (desk: Desk) => {
    if (!desk.active) return t('spaces.deactivated');
    return desk.outOfService ? t('spaces.outOfService', { reason: desk.outOfService }) : t('spaces.inService');
  };
  return (
    <div className="table-scroll">
      <table className="data-table spaces-table">
        <caption className="visually-hidden">{t('spaces.deskTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('spaces.columnDesk')}</th>
            <th scope="col">{t('spaces.columnZone')}</th>
            <th scope="col">{t('spaces.columnFeatures')}</th>
            <th scope="col">{t('spaces.columnUse')}</th>
            <th scope="col">{t('spaces.columnStatus')}</th>
            <th scope="col">{t('spaces.columnActions')}</th>
          </tr>
        </thead>
        <tbody>
          {desks.map((desk) => (
            <tr key={desk.id} className={desk.active ? undefined : 'is-inactive'}>
              <th scope="row">{desk.code}</th>
              <td>{spaces.whereIs(desk.zoneId) ?? t('spaces.noFloor')}</td>
              <td>{desk.features.map((feature) => featureText(t, feature)).join(', ')}</td>
              <td>{use(desk)}</td>
              <td className={desk.outOfService && desk.active ? 'status-warning' : undefined}>{status(desk)}</td>
              <td className="row-actions">
                <button type="button" aria-label={t('spaces.editNamed', { name: desk.code })} onClick={() => { onEdit(desk); }}>{t('spaces.edit')}</button>
                {desk.active ? (
                  <button type="button" className="danger-quiet" aria-label={t('spaces.deactivateNamed', { name: desk.code })} onClick={() => { onDeactivate(desk); }}>{t('spaces.deactivate')}</button>
                ) : (
                  <button type="button" aria-label={t('spaces.reactivateNamed', { name: desk.code })} onClick={() => { onReactivate(desk); }}>{t('spaces.reactivate')}</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
