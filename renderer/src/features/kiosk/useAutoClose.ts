import { useEffect, useRef } from 'react';

/** Closes a confirmation after `ms`, so the kiosk is ready for the next person. */
export function useAutoClose(ms: number, onClose: () => void): void {
  const onCloseRef = useRef(onClose);
  useEffect(() => { onCloseRef.current = onClose; }, [onClose]);
  useEffect(() => {
    const timer = window.setTimeout(() => { onCloseRef.current(); }, ms);
    return () => { window.clearTimeout(timer); };
  }, [ms]);
}
