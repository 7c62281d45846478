import { describe, expect, it } from 'vitest';
import { validatePairingDraft } from './pairingDraft';

describe('validatePairingDraft', () => {
  it('sends the address, the bare code and the trimmed name', () => {
    expect(validatePairingDraft({ hubUrl: 'http://192.168.1.20:4870/', code: '1234 5678', name: '  Reception kiosk ' })).toEqual({
      ok: true,
      input: { hubUrl: 'http://192.168.1.20:4870', code: '12345678', deviceName: 'Reception kiosk' },
    });
  });

  it('marks every field a person has to fix at once', () => {
    expect(validatePairingDraft({ hubUrl: 'ftp://192.168.1.20', code: '1234', name: '   ' })).toEqual({
      ok: false,
      errors: { hubUrl: true, code: true, name: true },
    });
  });

  it('refuses a name longer than the hub keeps', () => {
    expect(validatePairingDraft({ hubUrl: 'http://hub', code: '12345678', name: 'x'.repeat(81) })).toEqual({ ok: false, errors: { name: true } });
  });
});
