import { afterEach, describe, expect, it } from 'vitest';
import { legacyPinVerifier, pinVerifierKind } from '@core/pinVerifier';
import { defaultHubSettings, type MemberFields } from '@core/schemas';
import type { DataContext } from './dataContext';
import { hostPinOpensHere, hostPinStatus, hubPinSalt, saveHubSettings, setHostPin } from './hubSettingsRepo';
import { memberPinOpensHere, setMemberPin } from './memberCardRepo';
import { addMember } from './memberRepo';
import { openTestContext } from './testContext';

/** PINs as a host desk sets them and a kiosk checks them on its own, on a real Dexie (fake-indexeddb). */
const profile: Omit<MemberFields, 'active' | 'cardToken' | 'pinHash'> = {
  name: 'Anja Schröder', photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [],
  email: '', phone: '', plan: 'flex', memberSince: '2024-01-01', consent: {},
};

let context: DataContext;
afterEach(() => { context.db.close(); });

describe('PINs in the local store', () => {
  it('keep a slow, salted verifier of a member PIN, never the PIN, and check it', async () => {
    context = await openTestContext();
    const anja = await addMember(context, profile);
    const withPin = await setMemberPin(context, anja.id, '2468');
    expect(pinVerifierKind(withPin.pinHash)).toBe('current');
    expect(withPin.pinHash).toMatch(/^pbkdf2-sha256\$600000\$/);
    expect(withPin.pinHash).not.toContain('2468');
    expect(await memberPinOpensHere(context, withPin, '2468')).toBe(true);
    expect(await memberPinOpensHere(context, withPin, '1357')).toBe(false);
    await expect(setMemberPin(context, anja.id, '12a4')).rejects.toThrow(/four digits/);
    expect((await setMemberPin(context, anja.id, null)).pinHash).toBeNull();
    // The outbox carries the verifier, so the hub and every kiosk check the same one.
    const sent = await context.db.outbox.toArray();
    expect(sent.some((entry) => entry.table === 'members' && entry.fields.pinHash === withPin.pinHash)).toBe(true);
  });

  it('take a six-digit host PIN only', async () => {
    context = await openTestContext();
    await saveHubSettings(context, { name: 'Landhub Maribo' });
    await expect(setHostPin(context, '9021')).rejects.toThrow(/six digits/);
    const settings = await setHostPin(context, '902133');
    expect(hostPinStatus(settings)).toBe('set');
    expect(await hostPinOpensHere(context, '902133')).toBe(true);
    expect(await hostPinOpensHere(context, '902134')).toBe(false);
    expect(settings.name).toBe('Landhub Maribo');
  });

  it('give a hub one PIN salt: made with the settings row, never changed by a patch', async () => {
    context = await openTestContext();
    const created = await saveHubSettings(context, { name: 'Landhub Maribo' });
    expect(created.pinSalt).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const patched = await saveHubSettings(context, { ...defaultHubSettings, town: 'Maribo' });
    expect(patched.pinSalt).toBe(created.pinSalt);
    expect(await hubPinSalt(context)).toBe(created.pinSalt);
    // Verifiers made with the salt stop opening with any other: the salt is part of every check.
    const member = await setMemberPin(context, (await addMember(context, profile)).id, '2468');
    await context.db.hubSettings.update('hub', { pinSalt: 'A'.repeat(43) });
    expect(await memberPinOpensHere(context, member, '2468')).toBe(false);
  });

  it('migrate PINs of an earlier version: member PINs keep working, a 4-digit host PIN must be set again', async () => {
    context = await openTestContext();
    // A store as an earlier version left it: salted SHA-256 verifiers and no PIN salt in the settings row.
    await context.db.hubSettings.put({
      id: 'hub', ...defaultHubSettings, pinSalt: undefined, hostPinHash: await legacyPinVerifier('4711', 'hub'), hlc: { '*': '0001700000000-000000-old' }, deviceId: 'old', deleted: false,
    });
    const anja = await addMember(context, profile);
    await context.db.members.update(anja.id, { pinHash: await legacyPinVerifier('2468', anja.id) });
    const oldMember = (await context.db.members.get(anja.id))!;

    expect(await memberPinOpensHere(context, oldMember, '2468')).toBe(true);
    expect(await memberPinOpensHere(context, oldMember, '2469')).toBe(false);
    const settings = (await context.db.hubSettings.get('hub'))!;
    expect(hostPinStatus(settings)).toBe('mustReset');
    // No PIN at all opens it: to this machine it is no usable verifier.
    expect(await hostPinOpensHere(context, '4711')).toBeNull();

    // Setting a new host PIN gives the old hub its salt; the old member PIN still works beside it.
    const renewed = await setHostPin(context, '471100');
    expect(hostPinStatus(renewed)).toBe('set');
    expect(renewed.pinSalt).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await hostPinOpensHere(context, '471100')).toBe(true);
    expect(await memberPinOpensHere(context, oldMember, '2468')).toBe(true);
    const changed = await setMemberPin(context, anja.id, '1357');
    expect(pinVerifierKind(changed.pinHash)).toBe('current');
    expect(await memberPinOpensHere(context, changed, '2468')).toBe(false);
  });
});
