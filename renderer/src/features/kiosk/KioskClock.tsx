import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../app/formatting';
import { useCurrentTime } from '../../app/useCurrentTime';

const TICK_MS = 10_000;

export function KioskClock() {
  const { t } = useTranslation();
  const format = useFormatting();
  const current = useCurrentTime(TICK_MS);
  return (
    <p className="kiosk-clock">
      <span className="visually-hidden">{t('kiosk.attract.clock')}</span>
      <time dateTime={current.toISOString()}>{format.kioskTime(current)}</time>
      <span className="kiosk-day">{format.kioskDay(current)}</span>
    </p>
  );
}
