import { useEffect, useState } from 'react';
import { useDataContext } from './services';

/** The app's clock (tests set it), read again every `everyMs` so a screen that shows the time stays right. */
export function useCurrentTime(everyMs: number): Date {
  const { now } = useDataContext();
  const [current, setCurrent] = useState(now);
  useEffect(() => {
    setCurrent(now());
    const timer = window.setInterval(() => { setCurrent(now()); }, everyMs);
    return () => { window.clearInterval(timer); };
  }, [now, everyMs]);
  return current;
}
