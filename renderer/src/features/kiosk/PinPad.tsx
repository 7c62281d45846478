import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const UPPER_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
const ZERO = '0';

/**
 * A PIN of `length` digits (4 for a member, 6 for the host) on big buttons, or from a physical
 * keyboard. The digits themselves are never shown: only how many have been typed, as dots and
 * as a sentence for screen readers.
 */
export function PinPad({ label, length, onComplete, disabled = false }: { label: string; length: number; onComplete: (pin: string) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const [digits, setDigitsState] = useState('');
  // Keys can arrive faster than React draws; the ref always holds what has really been typed.
  const typedRef = useRef('');
  const setDigits = (value: string) => {
    typedRef.current = value;
    setDigitsState(value);
  };

  const press = (digit: string) => {
    if (disabled) return;
    const typed = (typedRef.current + digit).slice(0, length);
    setDigits(typed.length === length ? '' : typed);
    if (typed.length === length) onComplete(typed);
  };
  const erase = () => { setDigits(typedRef.current.slice(0, -1)); };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (/^\d$/.test(event.key)) {
        event.preventDefault();
        press(event.key);
      } else if (event.key === 'Backspace') {
        event.preventDefault();
        erase();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => { window.removeEventListener('keydown', onKey); };
  });

  return (
    <div className="kiosk-pinpad" role="group" aria-label={label}>
      <div className="kiosk-pin-dots" aria-hidden="true">
        {Array.from({ length: length }, (_, at) => <span key={at} className={at < digits.length ? 'filled' : ''} />)}
      </div>
      <p className="visually-hidden" role="status">{t('kiosk.pin.digitsEntered', { count: digits.length, total: length })}</p>
      <div className="kiosk-pin-keys">
        {UPPER_KEYS.map((digit) => (
          <button key={digit} type="button" disabled={disabled} onClick={() => { press(digit); }}>{digit}</button>
        ))}
        <button type="button" className="kiosk-pin-delete" disabled={disabled || digits === ''} onClick={erase}>
          {t('kiosk.pin.delete')}
        </button>
        <button type="button" disabled={disabled} onClick={() => { press(ZERO); }}>{ZERO}</button>
      </div>
    </div>
  );
}
