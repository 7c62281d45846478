import { describe, expect, it } from 'vitest';
import { storedGuestPurpose } from './presence';

describe('a guest\'s stored purpose', () => {
  it('reads a code as a code, and words from before codes as the words they are', () => {
    expect(storedGuestPurpose('meeting')).toEqual({ kind: 'code', code: 'meeting' });
    expect(storedGuestPurpose('Møde')).toEqual({ kind: 'text', text: 'Møde' });
    expect(storedGuestPurpose('Interview til lokalavisen')).toEqual({ kind: 'text', text: 'Interview til lokalavisen' });
    expect(storedGuestPurpose('')).toBeNull();
    expect(storedGuestPurpose('  ')).toBeNull();
  });
});
