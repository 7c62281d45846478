import { useTranslation } from 'react-i18next';

export function BookingsScreen() {
  const { t } = useTranslation();
  return (
    <section className="bookings" aria-labelledby="bookings-title">
      <div className="section-heading">
        <h1 id="bookings-title">{t('bookings.title')}</h1>
      </div>
    </section>
  );
}
