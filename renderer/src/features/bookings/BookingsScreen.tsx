import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SLOT_MINUTES } from '@core/bookings/bookingGrid';
import { breachFromRejection, type Booking, type BookingSeries } from '@core/schemas';
import { zonedDateOf, type LocalDate } from '@core/time/zonedTime';
import { EmptyState } from '../../app/EmptyState';
import { useFormatting } from '../../app/formatting';
import { Tabs } from '../../app/Tabs';
import { useDataContext } from '../../app/services';
import { useHubTimeZone } from '../../data/liveQueries';
import { BookingDialog } from './BookingDialog';
import { draftOfBooking, fieldsOfDraft, type BookingDraft } from './bookingDraft';
import { BookingsLegend } from './BookingsLegend';
import { DateStepper } from './DateStepper';
import { BookingExportDialog } from './export/BookingExportDialog';
import { MemberAwayDialog } from './MemberAwayDialog';
import { useSpaces } from '../spaces/useSpaces';
import { useBookingIcs } from './useBookingIcs';
import { useMemberAway } from './useMemberAway';
import { TimelineGrid } from './TimelineGrid';
import { SeriesEditDialog } from './SeriesEditDialog';
import { SeriesOccurrenceDialog } from './SeriesOccurrenceDialog';
import { useBookingActions } from './useBookingActions';
import { useSeriesActions } from './useSeriesActions';
import { useBookingTimeline, type PlacedBooking, type TimelineView } from './useBookingTimeline';
import { useTimelineTexts } from './useTimelineTexts';
import { draftOfPick, moveTarget } from './timelinePicks';
import './bookings.css';

type Editing = { kind: 'booking'; booking: Booking | null; draft: BookingDraft }
  | { kind: 'occurrence' | 'series'; placed: PlacedBooking; series: BookingSeries };

/** Meeting rooms by the quarter hour over a day, desks by the half day over a week: book, move, cancel. */
export function BookingsScreen() {
  const { t } = useTranslation();
  const format = useFormatting();
  const [view, setView] = useState<TimelineView>('rooms');
  // Today on the hub's clock until the host picks another day.
  const [chosenDate, setDate] = useState<LocalDate | null>(null);
  const today = zonedDateOf(useDataContext().now(), useHubTimeZone());
  const date = chosenDate ?? today;
  const shown = useBookingTimeline(view, date);
  const texts = useTimelineTexts(view, shown);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [exporting, setExporting] = useState(false);
  const [away, setAway] = useState(false);
  const cancelMemberAway = useMemberAway();
  const placeName = (id: string) => shown.rows.find((row) => row.id === id)?.label ?? '';
  const spaces = useSpaces();
  const downloadIcs = useBookingIcs(placeName, shown.whoOf);
  // A member's days away span desks and rooms alike, whichever the timeline shows.
  const anyPlaceName = (id: string) => spaces.desks.find((desk) => desk.id === id)?.code ?? spaces.rooms.find((room) => room.id === id)?.name ?? '';
  const actions = useBookingActions(placeName, shown.whoOf);
  const calendar = { policy: shown.policy, timeZone: shown.timeZone };

  const seriesActions = useSeriesActions(placeName);
  const open = (placed: PlacedBooking) => {
    if (placed.series) setEditing({ kind: 'occurrence', placed, series: placed.series });
    else setEditing({ kind: 'booking', booking: placed.booking, draft: draftOfBooking(placed.booking, calendar) });
  };
  const newBooking = (draft: BookingDraft) => { setEditing({ kind: 'booking', booking: null, draft }); };
  const refusal = (booking: Booking | null) => {
    const breach = booking?.status === 'rejected' && booking.rejection ? breachFromRejection(booking.rejection) : null;
    return breach ? actions.reasonOf(breach) : null;
  };

  return (
    <section className="bookings" aria-labelledby="bookings-title">
      <div className="section-heading">
        <h1 id="bookings-title">{t('bookings.title')}</h1>
        <div className="bookings-add">
          <button type="button" onClick={() => { setAway(true); }}>{t('bookings.away.open')}</button>
          <button type="button" onClick={() => { setExporting(true); }}>{t('bookingExport.open')}</button>
          {shown.rows[0] && (
            <button type="button" className="primary" onClick={() => { newBooking(draftOfPick(view, shown, { rowId: shown.rows[0]?.id ?? '', first: 0, last: view === 'rooms' ? 60 / SLOT_MINUTES - 1 : 1 }, date)); }}>
              {t(view === 'rooms' ? 'bookings.newRoomBooking' : 'bookings.newDeskBooking')}
            </button>
          )}
        </div>
      </div>
      <Tabs label={t('bookings.viewLabel')} idPrefix="bookings" current={view} onChange={setView} tabs={[
        { key: 'rooms', label: t('bookings.viewRooms') },
        { key: 'desks', label: t('bookings.viewDesks') },
      ]} />
      <div role="tabpanel" id="bookings-panel" aria-labelledby={`bookings-tab-${view}`} className="bookings-panel">
        <DateStepper view={view} date={date} firstDay={shown.firstDay} today={shown.today} onChange={setDate} />
        {!shown.loading && shown.rows.length === 0 && (
          <EmptyState title={t(view === 'rooms' ? 'bookings.noRoomsTitle' : 'bookings.noDesksTitle')} help={t(view === 'rooms' ? 'bookings.noRoomsHelp' : 'bookings.noDesksHelp')} />
        )}
        {shown.rows.length > 0 && (
          <>
            <p className="bookings-summary" role="status">{texts.summary}</p>
            <TimelineGrid
              label={texts.gridLabel}
              className={view}
              rows={shown.rows}
              columns={shown.columns}
              placed={shown.placed}
              columnHeads={texts.columnHeads}
              {...(texts.groupHeads ? { groupHeads: texts.groupHeads } : {})}
              cellLabel={texts.cellLabel}
              blockLabel={texts.blockLabel}
              statusText={texts.statusText}
              defaultSpan={view === 'rooms' ? 60 / SLOT_MINUTES : 1}
              onPick={(pick) => { newBooking(draftOfPick(view, shown, pick, date)); }}
              onOpen={open}
              onMove={(placed, rowId, shift) => {
                // One date of a series is not moved by dragging: it opens, to be cancelled or kept.
                if (placed.series) {
                  open(placed);
                  return;
                }
                const target = moveTarget(view, shown.columns, placed, rowId, shift);
                if (target) void actions.move(placed.booking, { ...placed.booking, ...target });
              }}
            />
            <BookingsLegend />
            <p className="muted bookings-help">{t(view === 'rooms' ? 'bookings.roomsHelp' : 'bookings.desksHelp', { zone: shown.timeZone, date: format.localDate(date) })}</p>
          </>
        )}
      </div>
      {editing?.kind === 'booking' && (
        <BookingDialog
          booking={editing.booking}
          initial={editing.draft}
          places={shown.rows}
          refusal={refusal(editing.booking)}
          memberName={(memberId) => (editing.booking?.memberId === memberId ? shown.whoOf(editing.booking) : undefined)}
          onSave={(draft) => actions.save(editing.booking?.id ?? null, fieldsOfDraft(draft, calendar))}
          onCreateSeries={seriesActions.create}
          onCancelBooking={actions.cancel}
          onDownloadIcs={downloadIcs}
          onClose={() => { setEditing(null); }}
        />
      )}
      {editing?.kind === 'occurrence' && (
        <SeriesOccurrenceDialog
          placed={editing.placed}
          series={editing.series}
          placeName={placeName(editing.series.resourceId)}
          onChange={() => { setEditing({ ...editing, kind: 'series' }); }}
          onSkip={() => { void seriesActions.skip(editing.series, zonedDateOf(new Date(editing.placed.booking.startsAt), shown.timeZone)); }}
          onEndFrom={() => { void seriesActions.endFrom(editing.series, zonedDateOf(new Date(editing.placed.booking.startsAt), shown.timeZone)); }}
          onClose={() => { setEditing(null); }}
        />
      )}
      {editing?.kind === 'series' && (
        <SeriesEditDialog
          series={editing.series}
          occurrence={zonedDateOf(new Date(editing.placed.booking.startsAt), shown.timeZone)}
          placeName={placeName(editing.series.resourceId)}
          onSave={(fields) => seriesActions.edit(editing.series, fields)}
          onClose={() => { setEditing(null); }}
        />
      )}
      {exporting && <BookingExportDialog onClose={() => { setExporting(false); }} />}
      {away && <MemberAwayDialog today={shown.today} placeName={anyPlaceName} onConfirm={cancelMemberAway} onClose={() => { setAway(false); }} />}
    </section>
  );
}
