import { useTranslation } from 'react-i18next';

const entries = [
  { key: 'free', className: 'legend-free' },
  { key: 'booked', className: 'timeline-block is-confirmed' },
  { key: 'refused', className: 'timeline-block is-refused' },
  { key: 'released', className: 'timeline-block is-released' },
  { key: 'closed', className: 'timeline-cell is-closed' },
] as const;

/** What the timeline's colours and patterns mean; every block also says it in words. */
export function BookingsLegend() {
  const { t } = useTranslation();
  return (
    <ul className="bookings-legend" aria-label={t('bookings.legendLabel')}>
      {entries.map((entry) => (
        <li key={entry.key}><span className={`legend-swatch ${entry.className}`} aria-hidden="true" />{t(`bookings.legend.${entry.key}`)}</li>
      ))}
    </ul>
  );
}
