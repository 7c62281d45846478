import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataContext } from '../../app/services';
import { useFormatting } from '../../app/formatting';

const TICK_MS = 10_000;

export function KioskClock() {
  const { t } = useTranslation();
  const { now } = useDataContext();
  const format = useFormatting();
  const [current, setCurrent] = useState(now);
  useEffect(() => {
    const timer = window.setInterval(() => { setCurrent(now()); }, TICK_MS);
    return () => { window.clearInterval(timer); };
  }, [now]);
  return (
    <p className="kiosk-clock">
      <span className="visually-hidden">{t('kiosk.attract.clock')}</span>
      <time dateTime={current.toISOString()}>{format.kioskTime(current)}</time>
      <span className="kiosk-day">{format.kioskDay(current)}</span>
    </p>
  );
}
