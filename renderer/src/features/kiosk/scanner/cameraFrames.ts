import jsQR from 'jsqr';

/**
 * The camera scanner's decisions, without a camera: how big a frame to decode, which frames to
 * read inverted, when a code is new, and what a failed getUserMedia means in plain words.
 */

/** A frame's pixels as the canvas gives them: RGBA, four bytes a pixel. */
export interface FramePixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** jsQR's 'onlyInvert' crashes in 1.4.0 (it never computes the inverted image), so inverted reads use 'attemptBoth'. */
export type Inversion = 'dontInvert' | 'attemptBoth';
export type CameraProblem = 'noCamera' | 'denied' | 'busy' | 'unavailable';

/** How often a frame is read: fast enough to feel instant, light enough for a small kiosk PC. */
export const DECODE_INTERVAL_MS = 150;
/** A card held up to the camera keeps being seen; it counts once until it has been away this long. */
export const SAME_CODE_PAUSE_MS = 3_000;
/** Wide enough for a card at arm's length, small enough to decode in a few milliseconds. */
export const DECODE_WIDTH = 640;
/** Every so many attempts without a code, one also tries light-on-dark (a card shown on a phone in dark mode). */
const INVERTED_EVERY = 4;

/** The frame scaled down to at most `maxWidth` wide, keeping its shape; never scaled up. */
export function decodeSize(videoWidth: number, videoHeight: number, maxWidth = DECODE_WIDTH): { width: number; height: number } {
  if (videoWidth <= 0 || videoHeight <= 0) return { width: 0, height: 0 };
  const scale = Math.min(1, maxWidth / videoWidth);
  return { width: Math.round(videoWidth * scale), height: Math.round(videoHeight * scale) };
}

/** Dark-on-light first, which is how cards print; inverting every frame would halve the speed. */
export function inversionFor(attempt: number): Inversion {
  return attempt % INVERTED_EVERY === INVERTED_EVERY - 1 ? 'attemptBoth' : 'dontInvert';
}

/** The text of the QR code in the frame, or null when there is none (or it is unreadable). */
export function decodeFrame(frame: FramePixels, inversion: Inversion): string | null {
  try {
    const found = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: inversion });
    return found && found.data !== '' ? found.data : null;
  } catch {
    // jsQR throws on some frames where it half-finds a code (a known bug of its locator); to the
    // person at the kiosk that is simply a frame without a readable card, and the next one follows.
    return null;
  }
}

/**
 * Lets each code through once: the same code again is held back while it keeps being seen, and
 * until it has been out of sight for `pauseMs`. A different code always goes through.
 */
export class CodeDebouncer {
  private lastCode: string | null = null;
  private lastSeenAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly pauseMs = SAME_CODE_PAUSE_MS) {}

  accept(code: string, at: number): boolean {
    const isNew = code !== this.lastCode || at - this.lastSeenAt >= this.pauseMs;
    this.lastCode = code;
    this.lastSeenAt = at;
    return isNew;
  }
}

const PROBLEM_BY_ERROR_NAME: Readonly<Record<string, CameraProblem>> = {
  NotFoundError: 'noCamera',
  DevicesNotFoundError: 'noCamera',
  OverconstrainedError: 'noCamera',
  NotAllowedError: 'denied',
  PermissionDeniedError: 'denied',
  SecurityError: 'denied',
  NotReadableError: 'busy',
  TrackStartError: 'busy',
  AbortError: 'busy',
};

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('name' in error)) return '';
  return typeof error.name === 'string' ? error.name : '';
}

/** What went wrong with getUserMedia (a DOMException, by name), in the words the kiosk shows. */
export function cameraProblemOf(error: unknown): CameraProblem {
  return PROBLEM_BY_ERROR_NAME[errorName(error)] ?? 'unavailable';
}
