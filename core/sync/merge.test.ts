import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '../hlc';
import { compactStamps, mergeChange, sameRecord, type RecordChange, type SyncedRow } from './merge';
import { rebasePulled } from './rebase';

const stamp = fc.record({
  wallMs: fc.integer({ min: 1_700_000_000_000, max: 1_700_000_000_050 }),
  counter: fc.integer({ min: 0, max: 3 }),
  node: fc.constantFrom('a', 'b', 'c'),
}).map(formatHlc);

const change: fc.Arbitrary<RecordChange> = fc.record({
  table: fc.constant('members' as const),
  recordId: fc.constant('m1'),
  fields: fc.dictionary(fc.constantFrom('name', 'company', 'deleted', 'bio'), fc.oneof(fc.string({ maxLength: 4 }), fc.boolean()), { minKeys: 1 }),
  hlc: stamp,
  deviceId: fc.constantFrom('a', 'b', 'c'),
});

/** Distinct stamps: one stamp names one write, as on real machines. */
const changes = fc.uniqueArray(change, { selector: (c) => c.hlc, minLength: 1, maxLength: 12 });

function applyAll(list: readonly RecordChange[]): SyncedRow | undefined {
  return list.reduce<SyncedRow | undefined>((row, next) => mergeChange(row, next), undefined);
}

const withoutWriter = (row: SyncedRow | undefined) => row && { ...row, deviceId: '' };

describe('mergeChange', () => {
  it('gives the same record whatever order the changes arrive in', () => {
    fc.assert(
      fc.property(changes, fc.nat(), (list, seed) => {
        const shuffled = [...list].sort((x, y) => ((x.hlc.charCodeAt(seed % x.hlc.length) * 31 + seed) % 7) - ((y.hlc.charCodeAt(seed % y.hlc.length) * 31 + seed) % 7));
        expect(sameRecord(withoutWriter(applyAll(list)), withoutWriter(applyAll(shuffled)))).toBe(true);
      }),
    );
  });

  it('ignores a change it has already applied, and older values of a field', () => {
    fc.assert(
      fc.property(changes, (list) => {
        const once = applyAll(list);
        const twice = applyAll([...list, ...list]);
        expect(twice).toEqual(once);
        for (const field of ['name', 'company', 'deleted', 'bio']) {
          const writes = list.filter((c) => field in c.fields).sort((x, y) => (x.hlc < y.hlc ? -1 : 1));
          const last = writes.at(-1);
          if (last) expect(once?.[field]).toEqual(last.fields[field]);
        }
      }),
    );
  });

  it('keeps a deleted record deleted when an old copy of it comes back', () => {
    const create: RecordChange = { table: 'members', recordId: 'm1', fields: { name: 'Åse', deleted: false }, hlc: formatHlc({ wallMs: 1, counter: 0, node: 'a' }), deviceId: 'a' };
    const remove: RecordChange = { ...create, fields: { deleted: true }, hlc: formatHlc({ wallMs: 2, counter: 0, node: 'b' }), deviceId: 'b' };
    const edit: RecordChange = { ...create, fields: { name: 'Åse B.' }, hlc: formatHlc({ wallMs: 1, counter: 5, node: 'c' }), deviceId: 'c' };
    const row = [create, remove, create, edit].reduce<SyncedRow | undefined>((current, next) => mergeChange(current, next), undefined);
    expect(row).toMatchObject({ deleted: true, name: 'Åse B.' });
  });

  it('re-applies pending local changes on top of a pulled record', () => {
    const pulled: SyncedRow = { id: 'm1', name: 'Lars', company: 'Old', hlc: { '*': formatHlc({ wallMs: 5, counter: 0, node: 'hub' }) }, deviceId: 'hub', deleted: false };
    const pending: RecordChange = { table: 'members', recordId: 'm1', fields: { company: 'New' }, hlc: formatHlc({ wallMs: 6, counter: 0, node: 'a' }), deviceId: 'a' };
    const stale: RecordChange = { ...pending, fields: { name: 'Stale' }, hlc: formatHlc({ wallMs: 4, counter: 0, node: 'a' }) };
    expect(rebasePulled(pulled, [pending, stale])).toMatchObject({ name: 'Lars', company: 'New' });
  });

  it('stores a record created in one write with a single stamp, and keeps later edits apart', () => {
    const created = mergeChange(undefined, { table: 'members', recordId: 'm1', fields: { name: 'Åse', company: '' }, hlc: formatHlc({ wallMs: 1, counter: 0, node: 'a' }), deviceId: 'a' });
    const compact = compactStamps(created);
    expect(compact.hlc).toEqual({ '*': formatHlc({ wallMs: 1, counter: 0, node: 'a' }) });
    const edited = mergeChange(compact, { table: 'members', recordId: 'm1', fields: { company: 'Bæk ApS' }, hlc: formatHlc({ wallMs: 2, counter: 0, node: 'b' }), deviceId: 'b' });
    expect(compactStamps(edited)).toBe(edited);
    const older = mergeChange(edited, { table: 'members', recordId: 'm1', fields: { name: 'Old' }, hlc: formatHlc({ wallMs: 0, counter: 9, node: 'c' }), deviceId: 'c' });
    expect(older.name).toBe('Åse');
  });
});
