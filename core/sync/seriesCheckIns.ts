import { expandSeries, seriesExceptionId, type StoredSeries } from '../bookings/bookingSeries';
import { doorMayConfirm } from '../bookings/roomDoor';
import { kioskMayConfirm } from '../checkInRules';
import { addLocalDays, zonedDateOf } from '../time/zonedTime';
import type { RecordChange, SyncedRow } from './merge';
import { refusal, type Refusal } from './refusals';

/**
 * What a kiosk or a door may write of a weekly series: the `checkedIn` exception of today's date,
 * inside the check-in window that screen holds single bookings to (`kioskMayConfirm`,
 * `doorMayConfirm`), on a date still in the series, and for a door only of its own room. Nothing
 * else: a public machine never takes a date out, and `released` is the hub's alone (its no-show
 * job writes it as device `hub`, not through a push). docs/sync-protocol.md, Push 6.
 */

/** The hub's copy of a series, for the check of a change to one of its dates; null when it has none. */
export type SeriesLookup = (seriesId: string) => StoredSeries | null;

interface CheckInContext {
  role: 'kiosk' | 'room';
  roomId: string | null;
  now: Date;
  timeZone: string;
  seriesOf: SeriesLookup;
}

/** The fields a check-in's create carries; `deleted: false` brings back an exception a host had removed. */
const CHECK_IN_FIELDS = new Set(['seriesId', 'date', 'kind', 'winnerId', 'deleted']);

export function seriesCheckInRefusal(change: RecordChange, current: SyncedRow | undefined, context: CheckInContext): Refusal | null {
  const notAllowed = refusal(context.role === 'kiosk' ? 'kioskOnlyConfirms' : 'roomDisplayOnlyAtTheDoor');
  const { seriesId, date, kind, winnerId, deleted } = change.fields;
  if (typeof seriesId !== 'string' || typeof date !== 'string') return notAllowed;
  const series = context.seriesOf(seriesId);
  // A door learns nothing of other rooms' series by asking: whatever it sends for one, the answer is the same.
  if (context.role === 'room' && (series?.resourceKind !== 'room' || series.resourceId !== context.roomId)) return refusal('roomDisplayOwnRoom');
  const isCheckIn = Object.keys(change.fields).every((field) => CHECK_IN_FIELDS.has(field))
    && kind === 'checkedIn' && (winnerId ?? null) === null && deleted !== true
    // One exception per series and date (core/bookings/bookingSeries.ts): a check-in never adds a second.
    && change.recordId === seriesExceptionId(seriesId, date)
    // A date with an exception of its own is out of the series, or checked into already.
    && (!current || current.deleted);
  if (!isCheckIn || !series || series.deleted === true || series.status !== 'active') return notAllowed;
  return openForCheckIn(series, date, context) ? null : notAllowed;
}

/** Whether the series meets on `date`, that date is the hub's today, and it is inside the screen's check-in window now. */
function openForCheckIn(series: StoredSeries, date: string, { role, now, timeZone }: CheckInContext): boolean {
  const today = zonedDateOf(now, timeZone);
  if (date !== today) return false;
  const [occurrence] = expandSeries(series, [], { from: today, to: addLocalDays(today, 1) }, timeZone);
  if (!occurrence) return false;
  return role === 'kiosk' ? kioskMayConfirm(occurrence, now, timeZone) : doorMayConfirm(occurrence, now);
}
