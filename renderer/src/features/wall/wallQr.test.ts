import { describe, expect, it } from 'vitest';
import { create } from 'qrcode';
import { projectAddress, qrPath } from './wallQr';

describe('the wall’s QR codes', () => {
  it('open the project’s page on the hub', () => {
    expect(projectAddress('http://hub.local:8787', 'p1')).toBe('http://hub.local:8787/projects/p1');
    expect(projectAddress('http://hub.local:8787/', 'p1')).toBe('http://hub.local:8787/projects/p1');
    expect(projectAddress(null, 'p1')).toBeNull();
  });

  it('draw every dark module, and only those, inside a quiet zone', () => {
    const text = 'http://hub.local:8787/projects/0193a1b2-c3d4';
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    const { size, d } = qrPath(text, 2);
    expect(size).toBe(modules.size + 4);
    const dark = new Set<string>();
    for (const [, x, y, w] of d.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      for (let i = 0; i < Number(w); i += 1) dark.add(`${String(Number(x) + i - 2)},${String(Number(y) - 2)}`);
    }
    for (let row = 0; row < modules.size; row += 1) {
      for (let column = 0; column < modules.size; column += 1) {
        expect(dark.has(`${String(column)},${String(row)}`)).toBe(Boolean(modules.get(row, column)));
      }
    }
  });
});
