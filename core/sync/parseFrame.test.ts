import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, nestsAtMost } from './jsonDepth';
import { deviceMessageSchema, hubMessageSchema, parseFrame } from './messages';

const nested = (depth: number, open = '[', close = ']') => `${open.repeat(depth)}${close.repeat(depth)}`;
const pushWithField = (value: string) =>
  `{"type":"push","mutations":[{"mutation":1,"change":{"table":"members","recordId":"m1","fields":{"bio":${value}},"hlc":"0001700000000-000000-a","deviceId":"d1"}}]}`;

describe('parseFrame', () => {
  it('refuses deeply nested frames with a plain reason instead of overflowing the stack', () => {
    const deep = pushWithField(nested(4000));
    // Without the depth bound this very input made zod throw RangeError and the hub exit.
    expect(parseFrame(deviceMessageSchema, deep)).toEqual({ ok: false, reason: `Frame nested deeper than ${MAX_JSON_DEPTH} levels` });
    expect(parseFrame(hubMessageSchema, `{"type":"changes","records":[{"seq":1,"table":"members","row":${nested(5000, '{"a":', '}')}}],"latestSeq":1,"more":false}`).ok).toBe(false);
  });

  it('accepts nesting up to the limit and refuses one level more', () => {
    expect(nestsAtMost(nested(MAX_JSON_DEPTH))).toBe(true);
    expect(nestsAtMost(nested(MAX_JSON_DEPTH + 1))).toBe(false);
    expect(nestsAtMost(`[${'{"a":'.repeat(MAX_JSON_DEPTH - 1)}1${'}'.repeat(MAX_JSON_DEPTH - 1)}]`)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    const text = JSON.stringify({ bio: '['.repeat(5000), tricky: `\\"${'{'.repeat(100)}`, quote: '"[[[[' });
    expect(nestsAtMost(text)).toBe(true);
    expect(parseFrame(deviceMessageSchema, pushWithField(JSON.stringify('[[[['.repeat(1000)))).ok).toBe(true);
  });

  it('measures the same depth JSON.parse would build', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 40 }), (value) => {
        const text = JSON.stringify(value);
        expect(nestsAtMost(text, 8)).toBe(depthOf(value) <= 8);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses frames over a size limit before parsing them', () => {
    expect(parseFrame(deviceMessageSchema, `"${'x'.repeat(100)}"`, { maxChars: 50 })).toEqual({ ok: false, reason: 'Frame longer than 50 characters' });
    expect(parseFrame(deviceMessageSchema, '{"type":"pull","sinceSeq":0,"limit":5}', { maxChars: 50 })).toMatchObject({ ok: true });
  });
});

function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (typeof value === 'object' && value !== null) return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}
