import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { freeDesksNow } from '@core/checkInRules';
import { useDataContext } from '../../app/services';
import { useDesks, useHubSettings, useTodaysBookings, useTodaysSeriesDates, useZones } from '../../data/liveQueries';
import type { DeskChoiceResult } from './useKioskCommands';

const MAX_DESKS_SHOWN = 12;

/** No booking today: the desks free from now until closing, one tap to take one. */
export function FreeDeskChoice({ onTake }: { onTake: (deskId: string) => Promise<DeskChoiceResult> }) {
  const { t } = useTranslation();
  const { now } = useDataContext();
  const { closingTime, timeZone } = useHubSettings();
  const desks = useDesks();
  const zones = useZones();
  const singles = useTodaysBookings();
  const seriesDates = useTodaysSeriesDates('desk');
  // A desk's weekly booking holds it like a single one does.
  const bookings = useMemo(() => (singles && seriesDates ? [...singles, ...seriesDates] : undefined), [singles, seriesDates]);
  const [taken, setTaken] = useState(false);
  const [busy, setBusy] = useState(false);
  const free = useMemo(() => freeDesksNow(desks ?? [], bookings ?? [], now(), closingTime, timeZone), [desks, bookings, now, closingTime, timeZone]);
  const zoneNames = useMemo(() => new Map((zones ?? []).map((zone) => [zone.id, zone.name])), [zones]);
  // A hub without desks has nothing to offer, which is not the same as "all taken".
  if (!desks || !bookings || desks.length === 0) return null;

  const take = (deskId: string) => {
    setBusy(true);
    setTaken(false);
    void onTake(deskId).then((result) => {
      setBusy(false);
      if (result === 'deskTaken') setTaken(true);
    });
  };
  return (
    <section className="kiosk-free-desks" aria-labelledby="kiosk-free-desks-title">
      <h2 id="kiosk-free-desks-title">{free.length > 0 ? t('kiosk.confirm.pickDesk') : t('kiosk.confirm.noFreeDesks')}</h2>
      {taken && <p role="alert" className="kiosk-warning">{t('kiosk.confirm.deskTaken')}</p>}
      {free.length > 0 && (
        <ul>
          {free.slice(0, MAX_DESKS_SHOWN).map((desk) => {
            const zone = desk.zoneId ? zoneNames.get(desk.zoneId) : undefined;
            return (
              <li key={desk.id}>
                <button type="button" className="kiosk-desk" disabled={busy} onClick={() => { take(desk.id); }}>
                  {zone ? t('kiosk.confirm.deskButtonInZone', { desk: desk.code, zone }) : desk.code}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
