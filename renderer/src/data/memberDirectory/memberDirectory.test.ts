import { afterEach, describe, expect, it } from 'vitest';
import { kioskNameMatches } from '@core/kiosk/kioskNameSearch';
import type { UiLanguage } from '@core/languages';
import type { DataContext } from '../dataContext';
import { addMember, newMemberFields, setMemberActive, updateMember } from '../memberRepo';
import { createRecord, createRecords, deleteRecord } from '../recordWriter';
import { openTestContext } from '../testContext';
import { eventually, memberProfile } from '../testSupport';
import { memberDirectoryFor } from './directoryCache';
import { MemberDirectory, type MemberDirectoryState } from './memberDirectory';

let context: DataContext;
afterEach(() => { context.db.close(); });

const consented = { public: true, consentedAt: '2026-01-01T00:00:00.000Z' };
const orderIn = (language: UiLanguage) => ({ language, compareNames: new Intl.Collator(language).compare });

async function ready(directory: MemberDirectory): Promise<MemberDirectoryState & { index: NonNullable<MemberDirectoryState['index']> }> {
  const state = await eventually(() => directory.snapshot(), (current) => current.phase === 'ready' && current.index !== null);
  if (!state.index) throw new Error('not ready');
  return { ...state, index: state.index };
}

/** Waits until the directory has taken in a write: Dexie reports it after the commit, the patch reads it back. */
async function searchEventually(directory: MemberDirectory, query: string, accept: (ids: string[]) => boolean): Promise<string[]> {
  return eventually(() => directory.snapshot().index?.search(query) ?? [], accept);
}

describe('the member directory', () => {
  it('reads every member in pages, reports progress, and holds only active, not deleted members in its index', async () => {
    context = await openTestContext();
    const rows = await createRecords(context, 'members', Array.from({ length: 23 }, (_, at) => newMemberFields(memberProfile(`Member ${String(at).padStart(2, '0')}`))));
    await setMemberActive(context, rows[3]!.id, false);
    await deleteRecord(context, 'members', rows[4]!.id);
    const directory = new MemberDirectory(context.db, false, 5);
    const seen: number[] = [];
    directory.subscribe(() => { seen.push(directory.snapshot().read); });
    directory.open(orderIn('en'), { firstPage: false });
    const state = await ready(directory);
    expect(state.index.size).toBe(21);
    expect(state.read).toBe(23);
    expect(new Set(seen)).toEqual(new Set([0, 5, 10, 15, 20, 23]));
    expect(directory.member(rows[3]!.id)?.active).toBe(false);
    expect(directory.member(rows[4]!.id)).toBeUndefined();
  });

  it('is kept alive per database: a second screen gets the same index, not a new one', async () => {
    context = await openTestContext();
    await addMember(context, memberProfile('Anna Holm'));
    const board = memberDirectoryFor(context.db, false);
    board.open(orderIn('en'), { firstPage: true });
    const { index } = await ready(board);
    const again = memberDirectoryFor(context.db, false);
    again.open(orderIn('en'), { firstPage: false });
    expect(again).toBe(board);
    expect(again.snapshot().index).toBe(index);
    const other = await openTestContext();
    try {
      expect(memberDirectoryFor(other.db, false)).not.toBe(board);
    } finally {
      other.db.close();
    }
  });

  it('shows a changed member in search at once, without building the index again', async () => {
    context = await openTestContext();
    const anna = await addMember(context, memberProfile('Anna Holm', { offers: ['Bread'] }));
    await addMember(context, memberProfile('Bo Berg'));
    const directory = new MemberDirectory(context.db, false);
    directory.open(orderIn('en'), { firstPage: false });
    const { index } = await ready(directory);
    expect(index.search('annika')).toEqual([]);

    await updateMember(context, anna.id, { name: 'Annika Holm', offers: ['Sourdough'] });
    expect(await searchEventually(directory, 'annika', (ids) => ids.length === 1)).toEqual([anna.id]);
    expect(index.search('bread')).toEqual([]);
    expect(index.search('sourdough')).toEqual([anna.id]);
    expect(directory.member(anna.id)?.name).toBe('Annika Holm');
    // Patched in place: the very same index object, never read again from the start.
    expect(directory.snapshot().index).toBe(index);
  });

  it('drops a deleted member from search and from its rows', async () => {
    context = await openTestContext();
    const anna = await addMember(context, memberProfile('Anna Holm'));
    const bo = await addMember(context, memberProfile('Bo Berg'));
    const directory = new MemberDirectory(context.db, false);
    directory.open(orderIn('en'), { firstPage: false });
    const { index } = await ready(directory);
    await deleteRecord(context, 'members', anna.id);
    expect(await searchEventually(directory, '', (ids) => ids.length === 1)).toEqual([bo.id]);
    expect(index.search('anna')).toEqual([]);
    expect(directory.member(anna.id)).toBeUndefined();
    expect(directory.snapshot().index?.size).toBe(1);
  });

  it('takes in a write too large for Dexie to name its rows (an import, a sync page) by reading again', async () => {
    context = await openTestContext();
    await addMember(context, memberProfile('Anna Holm'));
    const directory = new MemberDirectory(context.db, false, 20);
    directory.open(orderIn('en'), { firstPage: false });
    await ready(directory);
    await createRecords(context, 'members', Array.from({ length: 60 }, (_, at) => newMemberFields(memberProfile(`Imported ${at}`))));
    await eventually(() => directory.snapshot().index?.size, (size) => size === 61);
    expect(directory.snapshot().index?.search('imported 59')).toHaveLength(1);
  });

  it('takes in changes made while it was still reading', async () => {
    context = await openTestContext();
    const rows = await createRecords(context, 'members', Array.from({ length: 30 }, (_, at) => newMemberFields(memberProfile(`Member ${at}`))));
    const directory = new MemberDirectory(context.db, false, 3);
    directory.open(orderIn('en'), { firstPage: false });
    await updateMember(context, rows[29]!.id, { name: 'Zelda Late' });
    await deleteRecord(context, 'members', rows[0]!.id);
    await ready(directory);
    await eventually(() => directory.snapshot().index?.search('zelda'), (ids) => ids?.length === 1);
    await eventually(() => directory.snapshot().index?.size, (size) => size === 29);
  });

  it('on a public machine indexes only public fields: a private skill or offer finds nobody, the name still does', async () => {
    context = await openTestContext();
    const skill = await createRecord(context, 'skills', { labels: { en: 'Carpentry', de: 'Tischlerei' }, synonyms: [] });
    const open = await addMember(context, memberProfile('Søren Hansen', { skills: [skill.id], offers: ['Welding'], consent: { skills: consented, offers: consented } }));
    const closed = await addMember(context, memberProfile('Sara Hansen', { skills: [skill.id], offers: ['Tax advice'], email: 'sara@example.org', photo: 'data:image/png;base64,AAAA' }));
    const host = new MemberDirectory(context.db, false);
    const wall = new MemberDirectory(context.db, true);
    host.open(orderIn('en'), { firstPage: false });
    wall.open(orderIn('en'), { firstPage: false });
    const hostIndex = (await ready(host)).index;
    const wallIndex = (await ready(wall)).index;
    expect(hostIndex.search('tischlerei')).toEqual([closed.id, open.id]);
    expect(wallIndex.search('tischlerei')).toEqual([open.id]);
    expect(wallIndex.search('tax')).toEqual([]);
    expect(wallIndex.search('hansen')).toEqual([closed.id, open.id]);
    expect(wallIndex.skillCounts().get(skill.id)).toBe(1);

    // The kiosk asks the same public index and sees a first name, an initial and a public photo only.
    const matches = kioskNameMatches({ index: wallIndex, member: wall.member }, 'sara');
    expect(matches).toEqual([{ id: closed.id, firstName: 'Sara', lastInitial: 'H.', photo: null }]);

    // A patch keeps to the rule: a skill made private later leaves the public index.
    await updateMember(context, open.id, { consent: {} });
    await eventually(() => wallIndex.search('tischlerei'), (ids) => ids.length === 0);
    expect(hostIndex.search('tischlerei')).toEqual([closed.id, open.id]);
  });

  it('follows the screen language for the order of names', async () => {
    context = await openTestContext();
    await createRecords(context, 'members', ['Åse Berg', 'Zoe Holm', 'Anna Berg'].map((name) => newMemberFields(memberProfile(name))));
    const directory = new MemberDirectory(context.db, false);
    directory.open(orderIn('de'), { firstPage: false });
    const { index } = await ready(directory);
    const names = () => index.search('').map((id) => directory.member(id)?.name);
    expect(names()).toEqual(['Anna Berg', 'Åse Berg', 'Zoe Holm']);
    directory.open(orderIn('da'), { firstPage: false });
    expect(names()).toEqual(['Anna Berg', 'Zoe Holm', 'Åse Berg']);
  });
});
