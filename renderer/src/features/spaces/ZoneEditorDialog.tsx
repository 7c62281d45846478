import { useTranslation } from 'react-i18next';
import type { Zone } from '@core/schemas';
import { Dialog } from '../../app/Dialog';
import { FormField } from '../members/FormField';
import { useSpaceActions } from './useSpaceActions';
import { useSpaceForm } from './useSpaceForm';
import { isActiveZone, type SpacesView } from './useSpaces';
import { emptyZoneDraft, validateZoneDraft, zoneDraftFrom, zoneFieldsFrom } from './zoneDraft';

/** Adds a floor or a zone (zone null, with the kind to add) or edits one. */
export function ZoneEditorDialog({ zone, kind, spaces, onClose }: { zone: Zone | null; kind: Zone['kind']; spaces: SpacesView; onClose: () => void }) {
  const { t } = useTranslation();
  const actions = useSpaceActions();
  const activeFloors = spaces.floors.filter(({ floor }) => isActiveZone(floor) || floor.id === zone?.parentId);
  const form = useSpaceForm(() => (zone ? zoneDraftFrom(zone) : emptyZoneDraft(kind, activeFloors[0]?.floor.id ?? null)), validateZoneDraft, (draft) => actions.saveZone(zone?.id ?? null, { ...zoneFieldsFrom(draft), ...(zone ? { active: isActiveZone(zone) } : {}) }), onClose);
  const { draft, update, error, saving } = form;
  const title = zone ? t('spaces.editZoneTitle', { name: zone.name }) : t(draft.kind === 'floor' ? 'spaces.addFloorTitle' : 'spaces.addZoneTitle');

  return (
    <Dialog title={title} onClose={onClose} className="editor-dialog space-dialog">
      <h2>{title}</h2>
      <form className="space-form" noValidate onSubmit={(event) => { void form.submit(event); }}>
        {form.hasErrors && <p className="form-error" role="alert">{t('spaces.fixErrors')}</p>}
        <FormField label={t('spaces.fieldZoneName')} error={form.nameTaken ? t('spaces.nameTaken', { name: draft.name.trim() }) : error('name')} required>
          {(props) => <input {...props} value={draft.name} autoComplete="off" maxLength={80} onChange={(event) => { update('name', event.target.value); }} />}
        </FormField>
        {draft.kind === 'zone' && (
          <FormField label={t('spaces.fieldFloor')} error={error('parentId')} required>
            {(props) => (
              <select {...props} value={draft.parentId ?? ''} onChange={(event) => { update('parentId', event.target.value === '' ? null : event.target.value); }}>
                <option value="">{t('spaces.chooseFloor')}</option>
                {activeFloors.map(({ floor }) => <option key={floor.id} value={floor.id}>{floor.name}</option>)}
              </select>
            )}
          </FormField>
        )}
        {draft.kind === 'zone' && (
          <label className="check-field">
            <input type="checkbox" checked={draft.quiet} onChange={(event) => { update('quiet', event.target.checked); }} />
            {t('spaces.fieldQuiet')}
          </label>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>{t('spaces.cancel')}</button>
          <button type="submit" className="primary" disabled={saving}>{t('spaces.save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
