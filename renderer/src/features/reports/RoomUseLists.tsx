import { useTranslation } from 'react-i18next';
import { UNDERUSED_BELOW, type PlaceUse, type UsageReport } from '@core/reports/usageReport';
import { useFormatting } from '../../app/formatting';

/** The busiest meeting rooms, and the ones that stand empty most of the time. */
export function RoomUseLists({ report }: { report: UsageReport }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const threshold = format.percent(UNDERUSED_BELOW);
  if (!report.places.some((place) => place.kind === 'room')) return <p className="muted">{t('reports.rooms.noRooms')}</p>;
  const line = (room: PlaceUse) => t('reports.rooms.line', { name: room.name, share: format.percent(room.occupancy ?? 0), hours: format.hours(room.bookedHours) });
  return (
    <div className="room-use-lists">
      <div>
        <h3>{t('reports.rooms.busiest')}</h3>
        {report.rooms.busiest.length === 0 ? <p>{t('reports.rooms.busiestNone')}</p> : <ol>{report.rooms.busiest.map((room) => <li key={room.id}>{line(room)}</li>)}</ol>}
      </div>
      <div>
        <h3>{t('reports.rooms.underused', { share: threshold })}</h3>
        {report.rooms.underused.length === 0 ? <p>{t('reports.rooms.underusedNone', { share: threshold })}</p> : <ul>{report.rooms.underused.map((room) => <li key={room.id}>{line(room)}</li>)}</ul>}
      </div>
    </div>
  );
}
