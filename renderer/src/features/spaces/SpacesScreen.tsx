import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Desk, Room, Zone } from '@core/schemas';
import { EmptyState } from '../../app/EmptyState';
import { FloorPlanTab } from './plan/FloorPlanTab';
import { DeskEditorDialog } from './DeskEditorDialog';
import { DeskTable } from './DeskTable';
import { RoomEditorDialog } from './RoomEditorDialog';
import { RoomTable } from './RoomTable';
import { Tabs } from '../../app/Tabs';
import { useSpaceActions } from './useSpaceActions';
import { isActiveZone, useSpaces } from './useSpaces';
import { ZoneEditorDialog } from './ZoneEditorDialog';
import { ZoneTable } from './ZoneTable';
import './spaces.css';

type Tab = 'desks' | 'rooms' | 'zones' | 'plan';
type ListTab = Exclude<Tab, 'plan'>;
type Editing = { kind: 'desk'; row: Desk | null } | { kind: 'room'; row: Room | null } | { kind: 'zone'; row: Zone | null; zoneKind: Zone['kind'] };

/** The host's premises: desks, meeting rooms, floors and zones; add, edit, deactivate (with undo). */
export function SpacesScreen() {
  const { t } = useTranslation();
  const spaces = useSpaces();
  const actions = useSpaceActions();
  const [tab, setTab] = useState<Tab>('desks');
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<Editing | null>(null);
  const zones = spaces.floors.flatMap(({ floor, zones: inner }) => [floor, ...inner]);
  const counts = {
    desks: { active: spaces.desks.filter((desk) => desk.active).length, all: spaces.desks.length },
    rooms: { active: spaces.rooms.filter((room) => room.active).length, all: spaces.rooms.length },
    zones: { active: zones.filter(isActiveZone).length, all: zones.length },
  };
  const inactive = tab === 'plan' ? 0 : counts[tab].all - counts[tab].active;
  const desks = showInactive ? spaces.desks : spaces.desks.filter((desk) => desk.active);
  const rooms = showInactive ? spaces.rooms : spaces.rooms.filter((room) => room.active);
  const nothingShown = tab !== 'plan' && (tab === 'desks' ? desks.length : tab === 'rooms' ? rooms.length : showInactive ? counts.zones.all : counts.zones.active) === 0;

  return (
    <section className="spaces" aria-labelledby="spaces-title">
      <div className="section-heading">
        <h1 id="spaces-title">{t('spaces.title')}</h1>
        <div className="spaces-add">
          {tab === 'desks' && <button type="button" className="primary" onClick={() => { setEditing({ kind: 'desk', row: null }); }}>{t('spaces.addDesk')}</button>}
          {tab === 'rooms' && <button type="button" className="primary" onClick={() => { setEditing({ kind: 'room', row: null }); }}>{t('spaces.addRoom')}</button>}
          {tab === 'zones' && <button type="button" className="primary" onClick={() => { setEditing({ kind: 'zone', row: null, zoneKind: 'floor' }); }}>{t('spaces.addFloor')}</button>}
          {tab === 'zones' && counts.zones.active > 0 && (
            <button type="button" onClick={() => { setEditing({ kind: 'zone', row: null, zoneKind: 'zone' }); }}>{t('spaces.addZone')}</button>
          )}
        </div>
      </div>
      <Tabs
        label={t('spaces.tabsLabel')}
        idPrefix="spaces"
        current={tab}
        onChange={setTab}
        tabs={[
          { key: 'desks', label: t('spaces.tabDesks', { count: counts.desks.active }) },
          { key: 'rooms', label: t('spaces.tabRooms', { count: counts.rooms.active }) },
          { key: 'zones', label: t('spaces.tabZones', { count: counts.zones.active }) },
          { key: 'plan', label: t('spaces.tabPlan') },
        ]}
      />
      <div role="tabpanel" id="spaces-panel" aria-labelledby={`spaces-tab-${tab}`} className="spaces-panel">
        {inactive > 0 && (
          <label className="check-field">
            <input type="checkbox" checked={showInactive} onChange={(event) => { setShowInactive(event.target.checked); }} />
            {t('spaces.showInactive', { count: inactive })}
          </label>
        )}
        {tab === 'plan' && <FloorPlanTab spaces={spaces} onAddFloor={() => { setEditing({ kind: 'zone', row: null, zoneKind: 'floor' }); }} />}
        {!spaces.loading && nothingShown && (
          <SpacesEmpty tab={tab} onlyInactive={inactive > 0}>
            {inactive === 0 && tab === 'desks' && <button type="button" onClick={() => { setEditing({ kind: 'desk', row: null }); }}>{t('spaces.addDesk')}</button>}
            {inactive === 0 && tab === 'rooms' && <button type="button" onClick={() => { setEditing({ kind: 'room', row: null }); }}>{t('spaces.addRoom')}</button>}
            {inactive === 0 && tab === 'zones' && <button type="button" onClick={() => { setEditing({ kind: 'zone', row: null, zoneKind: 'floor' }); }}>{t('spaces.addFloor')}</button>}
          </SpacesEmpty>
        )}
        {!nothingShown && tab === 'desks' && (
          <DeskTable
            desks={desks}
            spaces={spaces}
            onEdit={(desk) => { setEditing({ kind: 'desk', row: desk }); }}
            onDeactivate={(desk) => { void actions.deactivate({ kind: 'desk', row: desk }); }}
            onReactivate={(desk) => { void actions.reactivate({ kind: 'desk', row: desk }); }}
          />
        )}
        {!nothingShown && tab === 'rooms' && (
          <RoomTable
            rooms={rooms}
            spaces={spaces}
            onEdit={(room) => { setEditing({ kind: 'room', row: room }); }}
            onDeactivate={(room) => { void actions.deactivate({ kind: 'room', row: room }); }}
            onReactivate={(room) => { void actions.reactivate({ kind: 'room', row: room }); }}
          />
        )}
        {!nothingShown && tab === 'zones' && (
          <ZoneTable
            floors={spaces.floors}
            spaces={spaces}
            showInactive={showInactive}
            onEdit={(zone) => { setEditing({ kind: 'zone', row: zone, zoneKind: zone.kind }); }}
            onDeactivate={(zone) => { void actions.deactivate({ kind: 'zone', row: zone }); }}
            onReactivate={(zone) => { void actions.reactivate({ kind: 'zone', row: zone }); }}
          />
        )}
      </div>
      {editing?.kind === 'desk' && <DeskEditorDialog desk={editing.row} spaces={spaces} onClose={() => { setEditing(null); }} />}
      {editing?.kind === 'room' && <RoomEditorDialog room={editing.row} spaces={spaces} onClose={() => { setEditing(null); }} />}
      {editing?.kind === 'zone' && <ZoneEditorDialog zone={editing.row} kind={editing.zoneKind} spaces={spaces} onClose={() => { setEditing(null); }} />}
    </section>
  );
}

const emptyTexts = {
  desks: ['spaces.emptyDesksTitle', 'spaces.emptyDesksHelp'],
  rooms: ['spaces.emptyRoomsTitle', 'spaces.emptyRoomsHelp'],
  zones: ['spaces.emptyZonesTitle', 'spaces.emptyZonesHelp'],
} as const;

function SpacesEmpty({ tab, onlyInactive, children }: { tab: ListTab; onlyInactive: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const [title, help] = emptyTexts[tab];
  return (
    <EmptyState title={t(title)} help={onlyInactive ? t('spaces.onlyInactive') : t(help)}>
      <div className="empty-actions">{children}</div>
    </EmptyState>
  );
}
