import { describe, expect, it } from 'vitest';
import { hubSettingsFieldsSchema, memberFieldsSchema } from './schemas';
import {
  HOST_PIN_SUBJECT, isValidPinFor, legacyPinVerifier, makePinVerifier, newPinSalt, PIN_ITERATIONS, pinOpens, pinVerifierKind, pinVerifierSchema, type PinSubject,
} from './pinVerifier';

const anja: PinSubject = { kind: 'member', memberId: 'member-a' };
const bo: PinSubject = { kind: 'member', memberId: 'member-b' };
// Tests build verifiers with few iterations; the format carries the count, so checks are the same code.
const FAST = 1_000;

describe('PIN verifiers', () => {
  it('use PBKDF2 with the measured iteration count, and keep the PIN out of the verifier', async () => {
    const salt = newPinSalt();
    const verifier = await makePinVerifier('471100', salt, HOST_PIN_SUBJECT);
    expect(verifier).toMatch(new RegExp(`^pbkdf2-sha256\\$${PIN_ITERATIONS}\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{43}$`));
    expect(verifier).not.toContain('471100');
    expect(await pinOpens('471100', verifier, salt, HOST_PIN_SUBJECT)).toBe(true);
    expect(pinVerifierSchema.safeParse(verifier).success).toBe(true);
  });

  it('open only with the right PIN, the right subject and the hub salt they were made with', async () => {
    const salt = newPinSalt();
    const verifier = await makePinVerifier('2580', salt, anja, FAST);
    expect(await pinOpens('2580', verifier, salt, anja)).toBe(true);
    expect(await pinOpens('2581', verifier, salt, anja)).toBe(false);
    expect(await pinOpens('2580', verifier, salt, bo)).toBe(false);
    expect(await pinOpens('2580', verifier, newPinSalt(), anja)).toBe(false);
    expect(await pinOpens('2580', verifier, null, anja)).toBe(false);
    expect(await pinOpens('258', verifier, salt, anja)).toBe(false);
    expect(await pinOpens('2580', null, salt, anja)).toBe(false);
  });

  it('are different for the same PIN each time (a random salt per verifier)', async () => {
    const salt = newPinSalt();
    const first = await makePinVerifier('2580', salt, anja, FAST);
    const second = await makePinVerifier('2580', salt, anja, FAST);
    expect(first).not.toBe(second);
    expect(await pinOpens('2580', second, salt, anja)).toBe(true);
  });

  it('take six digits for the host PIN and four for a member', async () => {
    expect(isValidPinFor(HOST_PIN_SUBJECT, '123456')).toBe(true);
    for (const pin of ['1234', '12345', '1234567', '12345a', '١٢٣٤٥٦']) expect(isValidPinFor(HOST_PIN_SUBJECT, pin), pin).toBe(false);
    expect(isValidPinFor(anja, '1234')).toBe(true);
    expect(isValidPinFor(anja, '123456')).toBe(false);
    await expect(makePinVerifier('1234', newPinSalt(), HOST_PIN_SUBJECT, FAST)).rejects.toThrow(/6 digits/);
  });

  it('keep an old member PIN working, but never an old 4-digit host PIN', async () => {
    const oldMember = await legacyPinVerifier('4711', 'member-a');
    expect(pinVerifierKind(oldMember)).toBe('legacy');
    expect(await pinOpens('4711', oldMember, newPinSalt(), anja)).toBe(true);
    expect(await pinOpens('4712', oldMember, newPinSalt(), anja)).toBe(false);
    expect(await pinOpens('4711', oldMember, null, bo)).toBe(false);
    const oldHost = await legacyPinVerifier('4711', 'hub');
    expect(pinVerifierKind(oldHost)).toBe('legacy');
    expect(await pinOpens('4711', oldHost, newPinSalt(), HOST_PIN_SUBJECT)).toBe(false);
    expect(memberFieldsSchema.shape.pinHash.safeParse(oldMember).success).toBe(true);
  });

  it('refuse verifiers this version cannot read, or whose cost is out of bounds', async () => {
    const salt = newPinSalt();
    const good = await makePinVerifier('2580', salt, anja, FAST);
    const [, , verifierSalt, hash] = good.split('$');
    for (const bad of ['plain-2580', `pbkdf2-sha256$999$${verifierSalt}$${hash}`, `pbkdf2-sha256$9999999$${verifierSalt}$${hash}`, `scrypt$1000$${verifierSalt}$${hash}`, `${good}x`]) {
      expect(pinVerifierSchema.safeParse(bad).success, bad).toBe(false);
      expect(pinVerifierKind(bad), bad).toBe('none');
      expect(await pinOpens('2580', bad, salt, anja), bad).toBe(false);
    }
    expect(hubSettingsFieldsSchema.shape.pinSalt.safeParse('short').success).toBe(false);
    expect(hubSettingsFieldsSchema.shape.pinSalt.safeParse(salt).success).toBe(true);
  });
});
