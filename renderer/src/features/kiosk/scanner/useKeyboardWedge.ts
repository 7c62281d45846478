import { useEffect, useEffectEvent } from 'react';
import { WedgeDetector, type KeyStroke } from './wedgeDetector';

export interface KeyboardWedgeOptions {
  /** False while another screen owns the keyboard (a PIN pad, the host's screens). Default true. */
  enabled?: boolean;
}

function strokeOf(event: KeyboardEvent): KeyStroke {
  const altGraph = event.getModifierState('AltGraph');
  return {
    key: event.key,
    at: event.timeStamp,
    repeat: event.repeat,
    withCommandKey: (event.ctrlKey || event.metaKey) && !altGraph,
  };
}

type TextField = HTMLInputElement | HTMLTextAreaElement;

function focusedTextField(): TextField | null {
  const element = document.activeElement;
  if (element instanceof HTMLTextAreaElement) return element;
  if (element instanceof HTMLInputElement && element.selectionStart !== null) return element;
  return null;
}

/**
 * Sets a field's value the way typing would, so React's onChange sees it: React tracks the
 * value through the prototype's setter, and an own-property write would be swallowed.
 */
function setFieldValue(field: TextField, value: string): void {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * The scan's characters also landed in whatever field had focus (we cannot know it is a scan
 * until the burst is over, and a person's keys must never be lost). Takes them back out.
 */
function removeScannedText(code: string): void {
  const field = focusedTextField();
  if (!field) return;
  const value = field.value;
  const caret = field.selectionStart ?? value.length;
  const start = value.slice(Math.max(0, caret - code.length), caret) === code ? caret - code.length : value.lastIndexOf(code);
  if (start < 0) return;
  setFieldValue(field, value.slice(0, start) + value.slice(start + code.length));
  field.setSelectionRange(start, start);
}

/**
 * Listens for a USB or Bluetooth barcode scanner, which types the code like a very fast keyboard,
 * and calls `onCode` with each scanned code. Normal typing passes through untouched.
 */
export function useKeyboardWedge(onCode: (code: string) => void, options: KeyboardWedgeOptions = {}): void {
  const enabled = options.enabled ?? true;
  const emit = useEffectEvent(onCode);

  useEffect(() => {
    if (!enabled) return undefined;
    const detector = new WedgeDetector();
    const onKeyDown = (event: KeyboardEvent) => {
      const code = detector.push(strokeOf(event));
      if (code === null) return;
      // The closing Enter belongs to the scanner: it must not submit a form or press a button.
      event.preventDefault();
      event.stopPropagation();
      removeScannedText(code);
      emit(code);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => { window.removeEventListener('keydown', onKeyDown, { capture: true }); };
  }, [enabled]);
}
