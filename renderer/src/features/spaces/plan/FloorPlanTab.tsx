import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanPosition } from '@core/schemas';
import { movedByKey, placesOnFloor, positionInBox } from '@core/spaces/floorPlaces';
import { planStatuses, type PlanPlace, type PlanStatus } from '@core/spaces/planStatus';
import { EmptyState } from '../../../app/EmptyState';
import { isActiveZone, type FloorWithZones, type SpacesView } from '../useSpaces';
import { StatusIcon } from './StatusIcon';
import { placeNameOf, usePlanActions } from './usePlanActions';
import { usePlanLive } from './usePlanLive';
import './floorPlan.css';

/** Where a marker is while it is being moved, before it is saved. */
type Draft = { id: string; position: PlanPosition };
type PointerDrag = { pointerId: number; startX: number; startY: number; moved: boolean };

const CENTRE: PlanPosition = { x: 0.5, y: 0.5 };
/** A pointer has to travel this far (px) before a press becomes a drag, so a tap stays a tap. */
const DRAG_THRESHOLD_PX = 4;
/** The most of the window's height a plan takes (vh), so a tall plan still shows whole. */
const PLAN_MAX_VIEWPORT_HEIGHT = 75;

/** The Floor plan tab of Desks & rooms: pick a floor, load its image, place its desks and rooms, and see what each is doing now. */
export function FloorPlanTab({ spaces, onAddFloor }: { spaces: SpacesView; onAddFloor: () => void }) {
  const { t } = useTranslation();
  const floors = spaces.floors.filter(({ floor }) => isActiveZone(floor));
  const [chosen, setChosen] = useState<string | null>(null);
  const current = floors.find(({ floor }) => floor.id === chosen) ?? floors[0];
  if (spaces.loading) return null;
  if (!current) {
    return (
      <EmptyState title={t('spaces.plan.noFloorsTitle')} help={t('spaces.plan.noFloorsHelp')}>
        <div className="empty-actions"><button type="button" onClick={onAddFloor}>{t('spaces.addFloor')}</button></div>
      </EmptyState>
    );
  }
  const picker = floors.length > 1 && (
    <label className="plan-floor-pick">
      <span>{t('spaces.plan.floorLabel')}</span>
      <select value={current.floor.id} onChange={(event) => { setChosen(event.target.value); }}>
        {floors.map(({ floor }) => <option key={floor.id} value={floor.id}>{floor.name}</option>)}
      </select>
    </label>
  );
  return (
    <div className="floor-plan">
      <FloorPlanView key={current.floor.id} floor={current} spaces={spaces} picker={picker} />
    </div>
  );
}

function FloorPlanView({ floor: { floor, zones }, spaces, picker }: { floor: FloorWithZones; spaces: SpacesView; picker: ReactNode }) {
  const { t } = useTranslation();
  const actions = usePlanActions();
  const places = useMemo(() => placesOnFloor(floor.id, zones, spaces.desks, spaces.rooms), [floor.id, zones, spaces.desks, spaces.rooms]);
  const statuses = usePlanLive(places);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [moving, setMoving] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const surface = useRef<HTMLDivElement>(null);
  const markers = useRef(new Map<string, HTMLButtonElement>());
  const drag = useRef<PointerDrag | null>(null);
  const dragged = useRef(false);
  const plan = floor.plan ?? null;

  useEffect(() => {
    if (moving) markers.current.get(moving)?.focus();
  }, [moving]);

  const statusWord = (place: PlanPlace) => {
    const status = statuses?.get(place.row.id);
    return status ? t(`spaces.plan.status.${status}`) : '';
  };
  const positionOf = (place: PlanPlace) => (draft?.id === place.row.id ? draft.position : place.row.planPosition ?? null);
  const placed = places.filter((place) => place.row.planPosition);
  const notPlaced = places.filter((place) => !place.row.planPosition);

  const startMoving = (place: PlanPlace) => {
    setDraft({ id: place.row.id, position: place.row.planPosition ?? CENTRE });
    setMoving(place.row.id);
  };
  const stopMoving = (place: PlanPlace, refocus: boolean) => {
    setMoving(null);
    setDraft(null);
    // A place that was not on the plan leaves it again: focus goes back to its Place button.
    if (refocus && !place.row.planPosition) document.getElementById(`plan-place-${place.row.id}`)?.focus();
  };
  const save = async (place: PlanPlace, position: PlanPosition) => {
    setMoving(null);
    setDraft({ id: place.row.id, position });
    await actions.place(place, position);
    setDraft((now) => (now?.id === place.row.id ? null : now));
  };

  const pointAt = (event: PointerEvent): PlanPosition | null => {
    const box = surface.current?.getBoundingClientRect();
    return box ? positionInBox({ x: event.clientX, y: event.clientY }, box) : null;
  };
  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    // A touch drag is not followed by a click: a flag left from the last drag must not swallow this press.
    dragged.current = false;
    drag.current = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, moved: false };
  };
  const onPointerMove = (place: PlanPlace, event: PointerEvent<HTMLButtonElement>) => {
    const current = drag.current;
    if (current?.pointerId !== event.pointerId) return;
    if (!current.moved && Math.hypot(event.clientX - current.startX, event.clientY - current.startY) < DRAG_THRESHOLD_PX) return;
    current.moved = true;
    const position = pointAt(event);
    if (position) setDraft({ id: place.row.id, position });
  };
  const onPointerUp = (place: PlanPlace, event: PointerEvent<HTMLButtonElement>) => {
    const current = drag.current;
    drag.current = null;
    if (current?.pointerId !== event.pointerId || !current.moved) return;
    dragged.current = true;
    const position = pointAt(event);
    if (position) void save(place, position);
  };
  const onPointerCancel = () => {
    drag.current = null;
    if (!moving) setDraft(null);
  };
  const onMarkerClick = (place: PlanPlace) => {
    // The click that ends a drag is not a press of the marker.
    if (dragged.current) {
      dragged.current = false;
      return;
    }
    if (moving === place.row.id && draft) void save(place, draft.position);
    else startMoving(place);
  };
  const onMarkerKey = (place: PlanPlace, event: KeyboardEvent<HTMLButtonElement>) => {
    if (moving !== place.row.id || !draft) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      stopMoving(place, true);
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      void save(place, draft.position);
      return;
    }
    const next = movedByKey(draft.position, event.key, event.shiftKey);
    if (!next) return;
    event.preventDefault();
    setDraft({ id: place.row.id, position: next });
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setUploading(true);
    await actions.upload(floor, file);
    setUploading(false);
    if (fileInput.current) fileInput.current.value = '';
  };
  const movingPlace = places.find((place) => place.row.id === moving);

  return (
    <>
      <div className="plan-toolbar">
        {picker}
        <button type="button" className={plan ? undefined : 'primary'} disabled={uploading} onClick={() => { fileInput.current?.click(); }}>
          {plan ? t('spaces.plan.replace') : t('spaces.plan.upload')}
        </button>
        {plan && <button type="button" onClick={() => { void actions.removeImage(floor); }}>{t('spaces.plan.removeImage')}</button>}
        <input
          ref={fileInput}
          type="file"
          hidden
          accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg"
          aria-label={t('spaces.plan.upload')}
          onChange={(event) => { void upload(event.target.files?.[0]); }}
        />
        {uploading && <span role="status">{t('spaces.plan.reading')}</span>}
        <span className="muted plan-types">{t('spaces.plan.types')}</span>
      </div>
      {!plan && <EmptyState title={t('spaces.plan.noPlanTitle')} help={t('spaces.plan.noPlanHelp', { floor: floor.name })} />}
      {plan && (
        <div className="plan-layout">
          <div>
            <p id="plan-help" className="muted plan-help">{t('spaces.plan.dragHelp')}</p>
            <div
              ref={surface}
              className="plan-surface"
              role="group"
              aria-label={t('spaces.plan.planLabel', { floor: floor.name })}
              // The box is exactly the drawn image (markers sit on its fractions), no taller than most of the window.
              style={{ aspectRatio: `${plan.width} / ${plan.height}`, width: `min(100%, ${((PLAN_MAX_VIEWPORT_HEIGHT * plan.width) / plan.height).toFixed(2)}vh)` }}
            >
              <img src={plan.image} alt="" draggable={false} />
              {places.map((place) => {
                const position = positionOf(place);
                if (!position) return null;
                const status = statuses?.get(place.row.id);
                const name = placeNameOf(place);
                return (
                  <button
                    key={place.row.id}
                    ref={(element) => { if (element) markers.current.set(place.row.id, element); else markers.current.delete(place.row.id); }}
                    type="button"
                    className={`plan-marker is-${status ?? 'loading'}${moving === place.row.id ? ' is-moving' : ''}${draft?.id === place.row.id ? ' is-dragged' : ''}`}
                    style={{ left: `${position.x * 100}%`, top: `${position.y * 100}%` }}
                    aria-label={status ? t('spaces.plan.marker', { name, status: t(`spaces.plan.status.${status}`) }) : name}
                    aria-describedby="plan-help"
                    aria-pressed={moving === place.row.id}
                    onPointerDown={onPointerDown}
                    onPointerMove={(event) => { onPointerMove(place, event); }}
                    onPointerUp={(event) => { onPointerUp(place, event); }}
                    onPointerCancel={onPointerCancel}
                    onClick={() => { onMarkerClick(place); }}
                    onKeyDown={(event) => { onMarkerKey(place, event); }}
                    onBlur={() => { if (moving === place.row.id && !drag.current) stopMoving(place, false); }}
                  >
                    {status && <StatusIcon status={status} />}
                    <span className="plan-marker-name">{name}</span>
                  </button>
                );
              })}
            </div>
          </div>
          <div className="plan-side">
            <p role="status" className="plan-moving">{movingPlace ? t('spaces.plan.moveHelp', { name: placeNameOf(movingPlace) }) : ''}</p>
            <PlanLegend />
            {places.length === 0 && <p className="muted">{t('spaces.plan.noPlacesOnFloor')}</p>}
            {places.length > 0 && (
              <>
                <h2>{t('spaces.plan.notOnPlanTitle')}</h2>
                {notPlaced.length === 0 && <p className="muted">{t('spaces.plan.notOnPlanEmpty')}</p>}
                <ul className="plan-list">
                  {notPlaced.map((place) => (
                    <li key={place.row.id}>
                      <PlaceLine place={place} word={statusWord(place)} status={statuses?.get(place.row.id)} />
                      <button type="button" id={`plan-place-${place.row.id}`} aria-label={t('spaces.plan.placeNamed', { name: placeNameOf(place) })} onClick={() => { startMoving(place); }}>
                        {t('spaces.plan.place')}
                      </button>
                    </li>
                  ))}
                </ul>
                <h2>{t('spaces.plan.onPlanTitle')}</h2>
                {placed.length === 0 && <p className="muted">{t('spaces.plan.onPlanEmpty')}</p>}
                <ul className="plan-list">
                  {placed.map((place) => (
                    <li key={place.row.id}>
                      <PlaceLine place={place} word={statusWord(place)} status={statuses?.get(place.row.id)} />
                      <span className="plan-list-actions">
                        <button type="button" aria-label={t('spaces.plan.moveNamed', { name: placeNameOf(place) })} onClick={() => { startMoving(place); }}>
                          {t('spaces.plan.move')}
                        </button>
                        <button type="button" aria-label={t('spaces.plan.removeFromPlanNamed', { name: placeNameOf(place) })} onClick={() => { void actions.place(place, null); }}>
                          {t('spaces.plan.removeFromPlan')}
                        </button>
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </div>
      )}
    </>
  );
}

function PlaceLine({ place, word, status }: { place: PlanPlace; word: string; status: PlanStatus | undefined }) {
  return (
    <span className="plan-list-place">
      {status && <span className={`plan-swatch is-${status}`}><StatusIcon status={status} /></span>}
      <strong>{placeNameOf(place)}</strong>
      {word && <span className="muted">{word}</span>}
    </span>
  );
}

function PlanLegend() {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('spaces.plan.legend')}</h2>
      <ul className="plan-legend">
        {planStatuses.map((status) => (
          <li key={status}>
            <span className={`plan-swatch is-${status}`}><StatusIcon status={status} /></span>
            {t(`spaces.plan.status.${status}`)}
          </li>
        ))}
      </ul>
    </>
  );
}
