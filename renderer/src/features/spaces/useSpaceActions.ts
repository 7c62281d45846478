import { useTranslation } from 'react-i18next';
import type { Desk, DeskFields, Room, RoomFields, Zone, ZoneFields } from '@core/schemas';
import { useFormatting } from '../../app/formatting';
import { useReportError } from '../../app/useActionFeedback';
import { useDataContext } from '../../app/services';
import { saveDesk, saveRoom, saveZone, setDeskActive, setRoomActive, setZoneActive, type SpaceActiveOutcome, type SpaceSaveOutcome } from '../../data/spacesRepo';
import { useAppStore } from '../../store/appStore';

/** What a form hears back: saved (close), the name is taken (say so by the field), or failed (a notice said why). */
export type SpaceFormResult = 'saved' | 'nameTaken' | 'failed';

type Place = { kind: 'desk'; row: Desk } | { kind: 'room'; row: Room } | { kind: 'zone'; row: Zone };

const placeName = (place: Place) => (place.kind === 'desk' ? place.row.code : place.row.name);

/** Saving and (de)activating desks, rooms and zones, each told as a notice; deactivation offers undo. */
export function useSpaceActions() {
  const context = useDataContext();
  const notify = useAppStore((state) => state.notify);
  const reportError = useReportError();
  const { t } = useTranslation();
  const { list } = useFormatting();

  const inUseText = (name: string, outcome: Extract<SpaceActiveOutcome, { kind: 'inUse' }>) => {
    const parts: string[] = [];
    if (outcome.zones > 0) parts.push(t('spaces.zonesCount', { count: outcome.zones }));
    if (outcome.desks > 0) parts.push(t('spaces.desksCount', { count: outcome.desks }));
    if (outcome.rooms > 0) parts.push(t('spaces.roomsCount', { count: outcome.rooms }));
    return t('spaces.zoneInUse', { name, what: list(parts) });
  };

  const save = async (write: () => Promise<SpaceSaveOutcome>, name: string, isNew: boolean): Promise<SpaceFormResult> => {
    try {
      const outcome = await write();
      if (outcome.kind === 'nameTaken') return 'nameTaken';
      if (outcome.kind === 'gone') {
        notify({ kind: 'error', text: t('spaces.gone') });
        return 'failed';
      }
      notify({ kind: 'success', text: t(isNew ? 'spaces.added' : 'spaces.saved', { name }) });
      return 'saved';
    } catch (error) {
      reportError(error);
      return 'failed';
    }
  };

  const setActive = async (place: Place, active: boolean, offerUndo: boolean): Promise<void> => {
    const name = placeName(place);
    try {
      const outcome = place.kind === 'desk' ? await setDeskActive(context, place.row.id, active)
        : place.kind === 'room' ? await setRoomActive(context, place.row.id, active)
          : await setZoneActive(context, place.row.id, active);
      if (outcome.kind === 'inUse') notify({ kind: 'attention', text: inUseText(name, outcome) });
      else if (outcome.kind === 'nameTaken') notify({ kind: 'attention', text: t('spaces.nameTaken', { name: outcome.name }) });
      else if (outcome.kind === 'gone') notify({ kind: 'error', text: t('spaces.gone') });
      else {
        notify({
          kind: 'success',
          text: t(active ? 'spaces.reactivatedNotice' : 'spaces.deactivatedNotice', { name }),
          ...(offerUndo ? { undo: () => { void setActive(place, !active, false); } } : {}),
        });
      }
    } catch (error) {
      reportError(error);
    }
  };

  return {
    saveDesk: (id: string | null, fields: DeskFields) => save(() => saveDesk(context, id, fields), fields.code, id === null),
    saveRoom: (id: string | null, fields: RoomFields) => save(() => saveRoom(context, id, fields), fields.name, id === null),
    saveZone: (id: string | null, fields: ZoneFields) => save(() => saveZone(context, id, fields), fields.name, id === null),
    deactivate: (place: Place) => setActive(place, false, true),
    reactivate: (place: Place) => setActive(place, true, false),
  };
}
