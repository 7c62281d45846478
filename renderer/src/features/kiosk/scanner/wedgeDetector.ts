/**
 * Tells a barcode scanner from a person at the keyboard. USB and Bluetooth scanners "type" the
 * code as key presses a few milliseconds apart and finish with Enter (some with Tab); nobody
 * types eight keys in a row that fast, so a fast burst of at least eight characters that ends
 * in Enter is a scan, and anything else is typing.
 */

export interface KeyStroke {
  /** KeyboardEvent.key: one character for printable keys, a name such as "Enter" otherwise. */
  key: string;
  /** Milliseconds, from any steady clock (KeyboardEvent.timeStamp). */
  at: number;
  /** A held-down key repeating: fast, but a person, never a scanner. */
  repeat?: boolean;
  /** Ctrl or Cmd held: a shortcut, not text. */
  withCommandKey?: boolean;
}

export interface WedgeOptions {
  /**
   * Longest pause between two keys of one scan. Scanners send a key every 2-20 ms; the margin
   * above that absorbs a busy kiosk delivering key events late. People average 100 ms or more.
   */
  maxGapMs: number;
  /** Shortest code that counts as a scan; a member card payload is far longer. */
  minLength: number;
  /** Longer bursts are not codes we print, and must not grow memory without end. */
  maxLength: number;
}

export const DEFAULT_WEDGE_OPTIONS: Readonly<WedgeOptions> = { maxGapMs: 50, minLength: 8, maxLength: 256 };

const TERMINATORS: readonly string[] = ['Enter', 'Tab'];
/** Scanners press Shift for capital letters; it neither adds to nor breaks the burst. */
const IGNORED_KEYS: readonly string[] = ['Shift', 'CapsLock', 'AltGraph'];

export function isPrintable(key: string): boolean {
  return /^.$/u.test(key);
}

export class WedgeDetector {
  private readonly options: WedgeOptions;
  private burst = '';
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor(options: Partial<WedgeOptions> = {}) {
    this.options = { ...DEFAULT_WEDGE_OPTIONS, ...options };
  }

  /** Feeds one key press; returns the scanned code when this key completed a scan, else null. */
  push(stroke: KeyStroke): string | null {
    if (IGNORED_KEYS.includes(stroke.key)) return null;
    const fast = stroke.at - this.lastAt <= this.options.maxGapMs;
    if (stroke.repeat === true || stroke.withCommandKey === true) {
      this.reset();
      return null;
    }
    if (TERMINATORS.includes(stroke.key)) {
      const code = fast && this.burst.length >= this.options.minLength ? this.burst : null;
      this.reset();
      return code;
    }
    if (!isPrintable(stroke.key)) {
      this.reset();
      return null;
    }
    this.burst = fast && this.burst.length < this.options.maxLength ? this.burst + stroke.key : stroke.key;
    this.lastAt = stroke.at;
    return null;
  }

  reset(): void {
    this.burst = '';
    this.lastAt = Number.NEGATIVE_INFINITY;
  }
}
