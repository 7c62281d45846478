import fc from 'fast-check';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { cardPayload, newCardToken } from '@core/secrets';
import {
  CodeDebouncer, DECODE_WIDTH, SAME_CODE_PAUSE_MS, cameraProblemOf, decodeFrame, decodeSize, inversionFor, type FramePixels,
} from './cameraFrames';

/** A camera-like RGBA frame with the QR code of `text` drawn in the middle, `moduleSize` px a module. */
function frameShowing(text: string, { width = 640, height = 480, moduleSize = 8, inverted = false } = {}): FramePixels {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  const left = Math.floor((width - modules.size * moduleSize) / 2);
  const top = Math.floor((height - modules.size * moduleSize) / 2);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const row = Math.floor((y - top) / moduleSize);
      const col = Math.floor((x - left) / moduleSize);
      const inside = row >= 0 && col >= 0 && row < modules.size && col < modules.size;
      const dark = inside && modules.get(row, col) === 1;
      const pixel = (y * width + x) * 4;
      if (dark !== inverted) data.fill(0, pixel, pixel + 3);
    }
  }
  return { data, width, height };
}

describe('decodeFrame', () => {
  it('reads a member card held up to the camera', () => {
    const payload = cardPayload(newCardToken());
    expect(decodeFrame(frameShowing(payload), 'dontInvert')).toBe(payload);
  });

  it('finds nothing in an empty frame', () => {
    const blank = { data: new Uint8ClampedArray(320 * 240 * 4).fill(200), width: 320, height: 240 };
    expect(decodeFrame(blank, 'dontInvert')).toBeNull();
  });

  it('reads a light-on-dark code only when also trying inverted', () => {
    const payload = cardPayload(newCardToken());
    const frame = frameShowing(payload, { inverted: true });
    expect(decodeFrame(frame, 'dontInvert')).toBeNull();
    expect(decodeFrame(frame, 'attemptBoth')).toBe(payload);
  });
});

describe('decodeSize', () => {
  it('scales a wide camera frame down to the decode width, keeping its shape', () => {
    expect(decodeSize(1920, 1080)).toEqual({ width: DECODE_WIDTH, height: 360 });
  });

  it('never scales a small frame up, and gives nothing for a frame not yet known', () => {
    expect(decodeSize(320, 240)).toEqual({ width: 320, height: 240 });
    expect(decodeSize(0, 0)).toEqual({ width: 0, height: 0 });
  });

  it('never exceeds the decode width and keeps the aspect ratio within rounding', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 8000 }), fc.integer({ min: 1, max: 8000 }), (width, height) => {
      const size = decodeSize(width, height);
      expect(size.width).toBeLessThanOrEqual(Math.min(width, DECODE_WIDTH));
      expect(Math.abs(size.height - (height * size.width) / width)).toBeLessThanOrEqual(1);
    }));
  });
});

describe('inversionFor', () => {
  it('tries dark-on-light most of the time and inverted now and then', () => {
    const attempts = Array.from({ length: 8 }, (_, attempt) => inversionFor(attempt));
    expect(attempts.filter((inversion) => inversion === 'dontInvert')).toHaveLength(6);
    expect(attempts.filter((inversion) => inversion === 'attemptBoth')).toHaveLength(2);
    expect(attempts[0]).toBe('dontInvert');
  });
});

describe('CodeDebouncer', () => {
  it('lets a card through once while it is held in front of the camera', () => {
    const debouncer = new CodeDebouncer();
    const seen = Array.from({ length: 100 }, (_, frame) => debouncer.accept('LH1-card', frame * 150));
    expect(seen.filter(Boolean)).toHaveLength(1);
  });

  it('lets the same card through again after it was away for the pause', () => {
    const debouncer = new CodeDebouncer();
    expect(debouncer.accept('LH1-card', 0)).toBe(true);
    expect(debouncer.accept('LH1-card', SAME_CODE_PAUSE_MS - 1)).toBe(false);
    expect(debouncer.accept('LH1-card', 2 * SAME_CODE_PAUSE_MS)).toBe(true);
  });

  it('always lets a different card through', () => {
    const debouncer = new CodeDebouncer();
    expect(debouncer.accept('LH1-anna', 0)).toBe(true);
    expect(debouncer.accept('LH1-bo', 10)).toBe(true);
    expect(debouncer.accept('LH1-anna', 20)).toBe(true);
  });

  it('passes exactly the frames where the code changed or returned after the pause', () => {
    const sightings = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 0, max: 5_000 })), { maxLength: 60 });
    fc.assert(fc.property(sightings, (steps) => {
      const debouncer = new CodeDebouncer();
      let at = 0;
      let previous: { code: string; at: number } | null = null;
      for (const [code, gap] of steps) {
        at += gap;
        const expected = previous === null || previous.code !== code || at - previous.at >= SAME_CODE_PAUSE_MS;
        expect(debouncer.accept(code, at)).toBe(expected);
        previous = { code, at };
      }
    }));
  });
});

describe('cameraProblemOf', () => {
  const named = (name: string) => new DOMException('camera', name);

  it('says "no camera", "not allowed" or "busy" for the errors getUserMedia gives', () => {
    expect(cameraProblemOf(named('NotFoundError'))).toBe('noCamera');
    expect(cameraProblemOf(named('OverconstrainedError'))).toBe('noCamera');
    expect(cameraProblemOf(named('NotAllowedError'))).toBe('denied');
    expect(cameraProblemOf(named('SecurityError'))).toBe('denied');
    expect(cameraProblemOf(named('NotReadableError'))).toBe('busy');
  });

  it('falls back to "not working" for anything else', () => {
    expect(cameraProblemOf(new TypeError('oops'))).toBe('unavailable');
    expect(cameraProblemOf('broken')).toBe('unavailable');
    expect(cameraProblemOf(null)).toBe('unavailable');
  });
});
