import { useTranslation } from 'react-i18next';
import { roomBookableBy, type Room } from '@core/schemas';
import { Dialog } from '../../app/Dialog';
import { FormField } from '../members/FormField';
import { PhotoPicker } from '../members/PhotoPicker';
import { TagInput } from '../members/TagInput';
import { emptyRoomDraft, roomDraftFrom, roomFieldsFrom, validateRoomDraft } from './roomDraft';
import { useSpaceActions } from './useSpaceActions';
import { useSpaceForm } from './useSpaceForm';
import type { SpacesView } from './useSpaces';
import { ZoneSelect } from './ZoneSelect';

const bookableByText = { members: 'spaces.bookableByMembers', hosts: 'spaces.bookableByHosts' } as const;

/** Adds a meeting room (room null) or edits one. Nothing typed is lost when a check fails. */
export function RoomEditorDialog({ room, spaces, onClose }: { room: Room | null; spaces: SpacesView; onClose: () => void }) {
  const { t } = useTranslation();
  const actions = useSpaceActions();
  const form = useSpaceForm(() => (room ? roomDraftFrom(room) : emptyRoomDraft(null)), validateRoomDraft, (draft) => actions.saveRoom(room?.id ?? null, roomFieldsFrom(draft, room?.active ?? true)), onClose);
  const { draft, update, error, saving } = form;
  const title = room ? t('spaces.editRoomTitle', { name: room.name }) : t('spaces.addRoomTitle');

  return (
    <Dialog title={title} onClose={onClose} className="editor-dialog space-dialog">
      <h2>{title}</h2>
      <form className="space-form" noValidate onSubmit={(event) => { void form.submit(event); }}>
        {form.hasErrors && <p className="form-error" role="alert">{t('spaces.fixErrors')}</p>}
        <FormField label={t('spaces.fieldRoomName')} error={form.nameTaken ? t('spaces.nameTaken', { name: draft.name.trim() }) : error('name')} required>
          {(props) => <input {...props} value={draft.name} autoComplete="off" maxLength={80} onChange={(event) => { update('name', event.target.value); }} />}
        </FormField>
        <div className="space-form-row">
          <FormField label={t('spaces.fieldCapacity')} error={error('capacity')} required>
            {(props) => <input {...props} inputMode="numeric" value={draft.capacity} className="narrow-input" onChange={(event) => { update('capacity', event.target.value); }} />}
          </FormField>
          <FormField label={t('spaces.fieldZone')} error={null}>
            {(props) => <ZoneSelect id={props.id} aria-describedby={props['aria-describedby']} floors={spaces.floors} value={draft.zoneId} onChange={(zoneId) => { update('zoneId', zoneId); }} />}
          </FormField>
        </div>
        <fieldset className="field">
          <legend>{t('spaces.fieldWhoBooks')}</legend>
          {roomBookableBy.map((who) => (
            <label key={who} className="radio-field">
              <input type="radio" name="room-bookable-by" checked={draft.bookableBy === who} onChange={() => { update('bookableBy', who); }} />
              {t(bookableByText[who])}
            </label>
          ))}
        </fieldset>
        <TagInput label={t('spaces.fieldEquipment')} help={t('spaces.fieldEquipmentHelp')} tags={draft.equipment} onChange={(equipment) => { update('equipment', equipment); }} />
        {error('equipment') && <p className="field-error">{error('equipment')}</p>}
        <FormField label={t('spaces.fieldDescription')} error={error('description')}>
          {(props) => <textarea {...props} rows={3} maxLength={300} value={draft.description} onChange={(event) => { update('description', event.target.value); }} />}
        </FormField>
        <PhotoPicker photo={draft.photo} name={draft.name} consent={null} onChange={(photo) => { update('photo', photo); }} />
        {error('photo') && <p className="field-error">{error('photo')}</p>}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>{t('spaces.cancel')}</button>
          <button type="submit" className="primary" disabled={saving}>{t('spaces.save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
