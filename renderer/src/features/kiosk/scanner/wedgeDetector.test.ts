import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WEDGE_OPTIONS, WedgeDetector, type KeyStroke } from './wedgeDetector';

const { maxGapMs, minLength } = DEFAULT_WEDGE_OPTIONS;

/** Key presses of `text` starting at `start`, each `gaps[i]` ms after the previous one. */
function strokes(text: string, start: number, gap: (index: number) => number): KeyStroke[] {
  let at = start;
  return Array.from(text).map((key, index) => {
    if (index > 0) at += gap(index);
    return { key, at };
  });
}

function feed(detector: WedgeDetector, keys: readonly KeyStroke[]): string[] {
  return keys.flatMap((stroke) => {
    const code = detector.push(stroke);
    return code === null ? [] : [code];
  });
}

const printableChar = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }).filter((c) => c >= ' ' && c <= '~');
const codeText = fc.array(printableChar, { minLength, maxLength: 80 }).map((chars) => chars.join(''));
const fastGap = fc.integer({ min: 0, max: maxGapMs });
const slowGap = fc.integer({ min: maxGapMs + 1, max: 2_000 });
const anyKey = fc.oneof(printableChar, fc.constantFrom('Enter', 'Tab', 'Shift', 'Backspace', 'ArrowLeft'));

describe('WedgeDetector', () => {
  it('reads a scanner burst ending in Enter as one code', () => {
    const detector = new WedgeDetector();
    const keys = [...strokes('LH1-abcdefghijklmnop', 1_000, () => 8), { key: 'Enter', at: 1_200 }];
    expect(feed(detector, keys)).toEqual(['LH1-abcdefghijklmnop']);
  });

  it('accepts Tab as the end of a scan too', () => {
    const detector = new WedgeDetector();
    const keys = [...strokes('0123456789', 0, () => 5), { key: 'Tab', at: 50 }];
    expect(feed(detector, keys)).toEqual(['0123456789']);
  });

  it('ignores the Shift presses scanners send for capital letters', () => {
    const detector = new WedgeDetector();
    const keys: KeyStroke[] = [];
    let at = 0;
    for (const key of 'ABCDEFGHIJ') {
      keys.push({ key: 'Shift', at }, { key, at: at + 3 });
      at += 10;
    }
    keys.push({ key: 'Enter', at });
    expect(feed(detector, keys)).toEqual(['ABCDEFGHIJ']);
  });

  it('does not count a short fast burst (a person pressing a few keys at once)', () => {
    const detector = new WedgeDetector();
    const keys = [...strokes('abcdefg', 0, () => 5), { key: 'Enter', at: 40 }];
    expect(feed(detector, keys)).toEqual([]);
  });

  it('does not count a held-down key repeating', () => {
    const detector = new WedgeDetector();
    const keys: KeyStroke[] = [...Array.from({ length: 20 }, (_, index) => ({ key: 'a', at: index * 30, repeat: index > 0 })), { key: 'Enter', at: 620 }];
    expect(feed(detector, keys)).toEqual([]);
  });

  it('does not count an Enter pressed by hand after a burst', () => {
    const detector = new WedgeDetector();
    const keys = [...strokes('0123456789', 0, () => 5), { key: 'Enter', at: 45 + maxGapMs + 1 }];
    expect(feed(detector, keys)).toEqual([]);
  });

  it('never reads slow typing as a scan, whatever is typed', () => {
    fc.assert(fc.property(fc.array(fc.tuple(anyKey, slowGap), { maxLength: 200 }), (typed) => {
      const detector = new WedgeDetector();
      let at = 0;
      const keys = typed.map(([key, gap]) => ({ key, at: (at += gap) }));
      expect(feed(detector, keys)).toEqual([]);
    }));
  });

  it('reads any fast burst ending in Enter as exactly the typed code, after any typing before it', () => {
    fc.assert(fc.property(
      fc.array(fc.tuple(anyKey, slowGap), { maxLength: 30 }),
      slowGap,
      codeText,
      fc.array(fastGap, { minLength: 81, maxLength: 81 }),
      (before, pause, code, gaps) => {
        const detector = new WedgeDetector();
        let at = 0;
        feed(detector, before.map(([key, gap]) => ({ key, at: (at += gap) })));
        const burst = strokes(code, at + pause, (index) => gaps[index] ?? 0);
        const end = (burst.at(-1)?.at ?? 0) + (gaps[0] ?? 0);
        expect(feed(detector, [...burst, { key: 'Enter', at: end }])).toEqual([code]);
      },
    ));
  });
});
