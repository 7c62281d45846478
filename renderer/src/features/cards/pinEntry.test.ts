import { describe, expect, it } from 'vitest';
import { pinDigits, pinEntryProblems } from './pinEntry';

describe('a PIN typed twice', () => {
  it('is accepted when it is four digits, typed the same twice', () => {
    expect(pinEntryProblems({ pin: '2580', confirm: '2580' })).toEqual({ pin: null, confirm: null });
    expect(pinEntryProblems({ pin: '0000', confirm: '0000' })).toEqual({ pin: null, confirm: null });
  });

  it('says the PIN itself is wrong before it complains about the repeat', () => {
    for (const pin of ['', '1', '123', '12345', '12a4', ' 1234', '١٢٣٤']) {
      expect(pinEntryProblems({ pin, confirm: pin }), pin).toEqual({ pin: 'format', confirm: null });
    }
  });

  it('points at the repeat when the two differ', () => {
    expect(pinEntryProblems({ pin: '2580', confirm: '2581' })).toEqual({ pin: null, confirm: 'mismatch' });
    expect(pinEntryProblems({ pin: '2580', confirm: '' })).toEqual({ pin: null, confirm: 'mismatch' });
  });

  it('keeps only the first four digits of what is typed or pasted', () => {
    expect(pinDigits('12 34')).toBe('1234');
    expect(pinDigits('a1b2c3d4e5')).toBe('1234');
    expect(pinDigits('98')).toBe('98');
    expect(pinDigits('')).toBe('');
  });
});
