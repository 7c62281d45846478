/**
 * Hybrid logical clock. A stamp orders events across devices even when their wall clocks
 * disagree: it never goes backwards on one device, and after receiving a remote stamp every
 * later local stamp sorts after it. Stamps are plain strings that sort correctly with `<`.
 *
 * Format: 13-digit wall time in ms, 6 hex digits of counter, node id (the device id).
 */

const WALL_DIGITS = 13;
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 16 ** COUNTER_DIGITS - 1;
/**
 * A counter only grows while a clock's wall time stands still (events within one millisecond,
 * or a clock behind the newest stamp it has seen). A million is far past what any machine
 * writes in that time; the hub refuses stamps above it (`counterTooHigh`).
 */
export const MAX_PLAUSIBLE_COUNTER = 0xfffff;
/**
 * How far a stamp may run ahead of the hub's wall clock. The hub refuses changes stamped
 * further ahead (`clockAhead`), and a machine does not let its clock follow a stamp further
 * ahead of the hub's time than this, or every change it makes afterwards would be refused.
 */
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;

export interface HlcParts {
  wallMs: number;
  counter: number;
  node: string;
}

export class HlcError extends Error {}

export function formatHlc(parts: HlcParts): string {
  return `${String(parts.wallMs).padStart(WALL_DIGITS, '0')}-${parts.counter
    .toString(16)
    .padStart(COUNTER_DIGITS, '0')}-${parts.node}`;
}

const HLC_PATTERN = /^(\d{13})-([0-9a-f]{6})-([0-9a-zA-Z]{1,64})$/;

export function parseHlc(stamp: string): HlcParts {
  const match = HLC_PATTERN.exec(stamp);
  if (!match) throw new HlcError(`Not a clock stamp: ${stamp.slice(0, 80)}`);
  return { wallMs: Number(match[1]), counter: parseInt(match[2] ?? '', 16), node: match[3] ?? '' };
}

export function isHlc(stamp: unknown): stamp is string {
  return typeof stamp === 'string' && HLC_PATTERN.test(stamp);
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The node part of a stamp must be short and free of separators; a UUID loses its dashes. */
export function hlcNodeFromDeviceId(deviceId: string): string {
  return deviceId.replace(/[^0-9a-zA-Z]/g, '').slice(0, 64) || 'device';
}

export class HybridClock {
  private wallMs = 0;
  private counter = 0;

  constructor(
    readonly node: string,
    private readonly readWallClock: () => number = Date.now,
  ) {
    if (!/^[0-9a-zA-Z]{1,64}$/.test(node)) throw new HlcError(`Bad clock node id: ${node}`);
  }

  /** A stamp for a local event. */
  now(): string {
    const wall = this.readWallClock();
    if (wall > this.wallMs) {
      this.wallMs = wall;
      this.counter = 0;
    } else {
      this.bumpCounter();
    }
    return this.current();
  }

  /**
   * Merge a stamp seen from another device so that our next stamp sorts after it.
   * `maxDriftMs` refuses stamps from a clock running too far ahead of ours.
   */
  receive(remoteStamp: string, maxDriftMs = Number.POSITIVE_INFINITY): void {
    const remote = parseHlc(remoteStamp);
    const wall = this.readWallClock();
    if (remote.wallMs - wall > maxDriftMs) {
      throw new HlcError(
        `Clock stamp is ${Math.round((remote.wallMs - wall) / 1000)} s ahead of this clock`,
      );
    }
    const nextWall = Math.max(wall, this.wallMs, remote.wallMs);
    if (nextWall === this.wallMs && nextWall === remote.wallMs) {
      this.counter = Math.max(this.counter, remote.counter);
      this.bumpCounter();
    } else if (nextWall === this.wallMs) {
      this.bumpCounter();
    } else if (nextWall === remote.wallMs) {
      this.wallMs = nextWall;
      this.counter = remote.counter;
      this.bumpCounter();
    } else {
      this.wallMs = nextWall;
      this.counter = 0;
    }
  }

  /** The latest stamp handed out or merged, without advancing. */
  current(): string {
    return formatHlc({ wallMs: this.wallMs, counter: this.counter, node: this.node });
  }

  /**
   * A full counter rolls over into the next millisecond: stamps stay strictly increasing and
   * the clock never refuses to stamp, whatever stamp it received before.
   */
  private bumpCounter(): void {
    if (this.counter < MAX_COUNTER) {
      this.counter += 1;
      return;
    }
    this.wallMs += 1;
    this.counter = 0;
  }
}
