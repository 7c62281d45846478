import { describe, expect, it } from 'vitest';
import { PIN_LENGTH } from '@core/pinVerifier';
import { pinDigits, pinEntryProblems } from './pinEntry';

describe('a PIN typed twice', () => {
  it('is accepted when it has the right number of digits, typed the same twice', () => {
    expect(pinEntryProblems({ pin: '2580', confirm: '2580' }, PIN_LENGTH.member)).toEqual({ pin: null, confirm: null });
    expect(pinEntryProblems({ pin: '0000', confirm: '0000' }, PIN_LENGTH.member)).toEqual({ pin: null, confirm: null });
    expect(pinEntryProblems({ pin: '482915', confirm: '482915' }, PIN_LENGTH.host)).toEqual({ pin: null, confirm: null });
  });

  it('says the PIN itself is wrong before it complains about the repeat', () => {
    for (const pin of ['', '1', '123', '12345', '12a4', ' 1234', '١٢٣٤']) {
      expect(pinEntryProblems({ pin, confirm: pin }, PIN_LENGTH.member), pin).toEqual({ pin: 'format', confirm: null });
    }
    // A 4-digit host PIN is what earlier versions took: no longer enough.
    for (const pin of ['4711', '12345', '1234567']) {
      expect(pinEntryProblems({ pin, confirm: pin }, PIN_LENGTH.host), pin).toEqual({ pin: 'format', confirm: null });
    }
  });

  it('points at the repeat when the two differ', () => {
    expect(pinEntryProblems({ pin: '2580', confirm: '2581' }, PIN_LENGTH.member)).toEqual({ pin: null, confirm: 'mismatch' });
    expect(pinEntryProblems({ pin: '2580', confirm: '' }, PIN_LENGTH.member)).toEqual({ pin: null, confirm: 'mismatch' });
  });

  it('keeps only the first digits of what is typed or pasted, as many as the PIN has', () => {
    expect(pinDigits('12 34', PIN_LENGTH.member)).toBe('1234');
    expect(pinDigits('a1b2c3d4e5', PIN_LENGTH.member)).toBe('1234');
    expect(pinDigits('a1b2c3d4e5f6g7', PIN_LENGTH.host)).toBe('123456');
    expect(pinDigits('98', PIN_LENGTH.member)).toBe('98');
    expect(pinDigits('', PIN_LENGTH.host)).toBe('');
  });
});
