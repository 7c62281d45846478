import { describe, expect, it } from 'vitest';
import type { Desk, Zone } from '@core/schemas';
import { deskLabel } from './deskLabel';

const sync = { hlc: {}, deviceId: 'd', deleted: false };

describe('deskLabel', () => {
  it('names a desk with its zone', () => {
    const zones: Zone[] = [{ id: 'z', name: 'Stille zone', kind: 'zone', parentId: null, quiet: true, ...sync }];
    const desks: Desk[] = [
      { id: 'd12', code: 'D12', zoneId: 'z', features: [], active: true, ...sync },
      { id: 'd13', code: 'D13', zoneId: null, features: [], active: true, ...sync },
    ];
    expect(deskLabel('d12', desks, zones)).toEqual({ desk: 'D12', zone: 'Stille zone' });
    expect(deskLabel('d13', desks, zones)).toEqual({ desk: 'D13', zone: null });
    expect(deskLabel('gone', desks, zones)).toBeNull();
  });
});
