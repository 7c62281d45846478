import { describe, expect, it } from 'vitest';
import { roleAtStart } from './machineRole';

describe('the role a machine starts in', () => {
  it('is the paired role on a paired machine, whatever the address or the shell says', () => {
    expect(roleAtStart({ kept: 'kiosk', fromAddress: 'host', paired: 'kiosk' })).toEqual({ role: 'kiosk', addressIgnored: true });
    expect(roleAtStart({ kept: 'host', fromAddress: null, paired: 'wall' })).toEqual({ role: 'wall', addressIgnored: false });
    expect(roleAtStart({ kept: null, fromAddress: null, paired: 'room' })).toEqual({ role: 'room', addressIgnored: false });
    expect(roleAtStart({ kept: 'kiosk', fromAddress: 'kiosk', paired: 'kiosk' })).toEqual({ role: 'kiosk', addressIgnored: false });
  });

  it('comes from the address on a machine that is not paired, else stays as kept', () => {
    expect(roleAtStart({ kept: 'kiosk', fromAddress: 'host', paired: null })).toEqual({ role: 'host', addressIgnored: false });
    expect(roleAtStart({ kept: 'wall', fromAddress: null, paired: null })).toEqual({ role: 'wall', addressIgnored: false });
    expect(roleAtStart({ kept: null, fromAddress: null, paired: null })).toEqual({ role: null, addressIgnored: false });
  });
});
