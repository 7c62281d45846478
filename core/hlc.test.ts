import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HlcError, HybridClock, compareHlc, formatHlc, parseHlc } from './hlc';

const wallTimes = fc.array(fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }), { minLength: 1, maxLength: 60 });

function clockFromSequence(node: string, times: number[]): HybridClock {
  let index = 0;
  return new HybridClock(node, () => times[Math.min(index++, times.length - 1)] ?? 0);
}

describe('HybridClock', () => {
  it('hands out strictly increasing stamps even when the wall clock jumps backwards', () => {
    fc.assert(
      fc.property(wallTimes, (times) => {
        const clock = clockFromSequence('a1', times);
        let previous = '';
        for (let i = 0; i < times.length; i++) {
          const stamp = clock.now();
          expect(compareHlc(stamp, previous)).toBe(1);
          previous = stamp;
        }
      }),
    );
  });

  it('sorts every stamp after a remote stamp it has received', () => {
    fc.assert(
      fc.property(wallTimes, wallTimes, fc.integer({ min: 0, max: 5000 }), (localTimes, remoteTimes, counter) => {
        const local = clockFromSequence('local', localTimes);
        const remote = clockFromSequence('remote', remoteTimes);
        for (let i = 0; i < counter % 5; i++) remote.now();
        const remoteStamp = remote.now();
        local.now();
        local.receive(remoteStamp);
        expect(compareHlc(local.now(), remoteStamp)).toBe(1);
      }),
    );
  });

  it('orders stamps by wall time, then counter, then node, as plain strings', () => {
    const parts = fc.record({
      wallMs: fc.integer({ min: 0, max: 9_999_999_999_999 }),
      counter: fc.integer({ min: 0, max: 0xffffff }),
      node: fc.stringMatching(/^[0-9a-z]{1,12}$/),
    });
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const expected = a.wallMs - b.wallMs || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);
        expect(compareHlc(formatHlc(a), formatHlc(b))).toBe(Math.sign(expected));
        expect(parseHlc(formatHlc(a))).toEqual(a);
      }),
    );
  });

  it('never refuses a stamp after receiving any remote stamp, and stays strictly increasing', () => {
    const anyStamp = fc.record({
      wallMs: fc.integer({ min: 1_600_000_000_000, max: 1_900_000_000_000 }),
      counter: fc.oneof(fc.constant(0xffffff), fc.constant(0xfffffe), fc.integer({ min: 0, max: 0xffffff })),
      node: fc.stringMatching(/^[0-9a-z]{1,12}$/),
    }).map(formatHlc);
    const step = fc.oneof(fc.record({ receive: anyStamp }), fc.record({ local: fc.constant(true) }));
    fc.assert(
      fc.property(wallTimes, fc.array(step, { minLength: 1, maxLength: 80 }), (times, steps) => {
        const clock = clockFromSequence('hub', times);
        let previous = '';
        for (const next of steps) {
          if ('receive' in next) {
            clock.receive(next.receive);
            expect(compareHlc(clock.current(), next.receive)).toBe(1);
          }
          const stamp = clock.now();
          expect(compareHlc(stamp, previous)).toBe(1);
          expect(parseHlc(stamp).counter).toBeLessThanOrEqual(0xffffff);
          previous = stamp;
        }
      }),
    );
  });

  it('rolls a full counter over into the next millisecond instead of throwing', () => {
    const clock = new HybridClock('hub', () => 1_700_000_000_000);
    clock.receive(formatHlc({ wallMs: 1_700_000_060_000, counter: 0xffffff, node: 'kiosk' }));
    expect(clock.current()).toBe(formatHlc({ wallMs: 1_700_000_060_001, counter: 0, node: 'hub' }));
    expect(clock.now()).toBe(formatHlc({ wallMs: 1_700_000_060_001, counter: 1, node: 'hub' }));
  });

  it('refuses a remote clock that runs too far ahead', () => {
    const clock = new HybridClock('hub', () => 1_700_000_000_000);
    const farAhead = formatHlc({ wallMs: 1_700_000_000_000 + 6 * 60_000, counter: 0, node: 'kiosk' });
    expect(() => { clock.receive(farAhead, 5 * 60_000); }).toThrow(HlcError);
    expect(clock.current()).toBe(formatHlc({ wallMs: 0, counter: 0, node: 'hub' }));
  });

  it('rejects malformed stamps and node ids', () => {
    expect(() => parseHlc('yesterday')).toThrow(HlcError);
    expect(() => new HybridClock('has-dash')).toThrow(HlcError);
  });
});
