import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportedProfile } from '@core/memberImport/validateRow';
import type { DataContext } from './dataContext';
import { importMembers, readLastImport, undoMemberImport } from './memberImportRepo';
import { addMember } from './memberRepo';
import { openTestContext } from './testContext';
import { memberProfile } from './testSupport';

const contexts: DataContext[] = [];
afterEach(() => { for (const context of contexts.splice(0)) context.db.close(); });

async function open(databaseName?: string): Promise<DataContext> {
  const context = await openTestContext(databaseName ? { databaseName } : {});
  contexts.push(context);
  return context;
}

function imported(name: string, overrides: Partial<ImportedProfile> = {}): ImportedProfile {
  const { skills: _skills, ...profile } = memberProfile(name);
  return { ...profile, skillTags: [], ...overrides };
}

const people = (count: number, prefix = 'Person') => Array.from({ length: count }, (_, index) => imported(`${prefix} ${index + 1}`));

describe('importMembers', () => {
  it('writes every member through the write path in chunks, active and with nothing public', async () => {
    const context = await open();
    const progress: number[] = [];
    // Even a profile that claims consent arrives private: only the member can say yes.
    const claimed = { public: true, consentedAt: '2024-01-01T00:00:00.000Z' };
    const profiles = people(1_200).map((profile) => ({ ...profile, consent: { email: claimed } }));
    const outcome = await importMembers(context, profiles, 'en', (done) => { progress.push(done); });
    expect(outcome).toMatchObject({ kind: 'imported', lastImport: { count: 1_200 } });
    expect(progress).toEqual([500, 1_000, 1_200]);
    const members = await context.db.members.toArray();
    expect(members).toHaveLength(1_200);
    expect(members.every((member) => member.active && Object.keys(member.consent).length === 0 && member.cardToken !== null)).toBe(true);
    expect(await context.db.outbox.where('table').equals('members').count()).toBe(1_200);
  });

  it('maps skills to the hub\'s skills and the shared vocabulary, and keeps unknown ones as new skills', async () => {
    const context = await open();
    await importMembers(context, [
      imported('Jens', { skillTags: ['snedker', 'Pølsemager'] }),
      imported('Anke', { skillTags: ['Tischler', 'poelsemager'] }),
    ], 'da');
    const skills = await context.db.skills.toArray();
    expect(skills.map((skill) => skill.labels.en ?? skill.labels.da).sort()).toEqual(['Carpentry', 'Pølsemager']);
    const [jens, anke] = await Promise.all(['Jens', 'Anke'].map((name) => context.db.members.where('name').equals(name).first()));
    expect(jens?.skills).toHaveLength(2);
    expect(anke?.skills).toEqual(jens?.skills);
  });

  it('stops plainly when the disk fills up, and the chunks already saved can be undone', async () => {
    const context = await open();
    const members = context.db.table('members');
    const bulkAdd = members.bulkAdd.bind(members);
    let calls = 0;
    vi.spyOn(members, 'bulkAdd').mockImplementation((...args: Parameters<typeof bulkAdd>) => {
      calls += 1;
      if (calls === 2) return Dexie.Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return bulkAdd(...args);
    });
    const outcome = await importMembers(context, people(1_200), 'en');
    expect(outcome).toMatchObject({ kind: 'stopped', reason: 'storageFull', lastImport: { count: 500 }, total: 1_200 });
    expect(await context.db.members.count()).toBe(500);
    // The failed chunk left nothing behind: no half-written outbox either.
    expect(await context.db.outbox.count()).toBe(500);
    if (outcome.kind !== 'stopped' || !outcome.lastImport) throw new Error('expected a stopped import');
    expect(await undoMemberImport(context, outcome.lastImport.id)).toEqual({ kind: 'undone', count: 500 });
  });

  it('stops at a chunk that cannot be saved and keeps what came before undoable', async () => {
    const context = await open();
    const profiles = [...people(500), imported('Bad', { email: 'not an e-mail' }), ...people(10, 'Later')];
    const outcome = await importMembers(context, profiles, 'en');
    expect(outcome).toMatchObject({ kind: 'stopped', reason: 'storageFailed', lastImport: { count: 500 }, total: 511 });
    expect(await context.db.members.count()).toBe(500);
  });
});

describe('undoMemberImport', () => {
  it('tombstones exactly the imported members, and the undo survives a restart', async () => {
    const databaseName = `test-import-undo-${String(Date.now())}`;
    const first = await open(databaseName);
    const kept = await addMember(first, memberProfile('Kept Before'));
    const outcome = await importMembers(first, people(700), 'en');
    if (outcome.kind !== 'imported') throw new Error('import failed');
    first.db.close();

    const context = await open(databaseName);
    expect(await readLastImport(context)).toEqual(outcome.lastImport);
    expect(await undoMemberImport(context, outcome.lastImport.id)).toEqual({ kind: 'undone', count: 700 });
    const members = await context.db.members.toArray();
    expect(members.filter((member) => !member.deleted).map((member) => member.id)).toEqual([kept.id]);
    expect(members.filter((member) => member.deleted)).toHaveLength(700);
    const tombstones = await context.db.outbox.filter((entry) => entry.fields.deleted === true).count();
    expect(tombstones).toBe(700);
    expect(await readLastImport(context)).toBeNull();
  });

  it('undoes only the last import', async () => {
    const context = await open();
    const older = await importMembers(context, people(3, 'Older'), 'en');
    const newer = await importMembers(context, people(2, 'Newer'), 'en');
    if (older.kind !== 'imported' || newer.kind !== 'imported') throw new Error('import failed');
    expect(await undoMemberImport(context, older.lastImport.id)).toEqual({ kind: 'notLastImport' });
    expect(await undoMemberImport(context, newer.lastImport.id)).toEqual({ kind: 'undone', count: 2 });
    expect(await context.db.members.filter((member) => !member.deleted).count()).toBe(3);
    expect(await undoMemberImport(context, newer.lastImport.id)).toEqual({ kind: 'notLastImport' });
  });
});
