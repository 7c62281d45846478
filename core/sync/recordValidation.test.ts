import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoHub } from '../demo/demoHub';
import { erasedGuestFields } from '../guestRetention';
import { formatHlc } from '../hlc';
import { tableNames, tableSchemas, type TableName } from '../schemas';
import { mergeChange, type RecordChange, type SyncedRow } from './merge';
import { changeRefusal, checkStoredRow, mergedRecordRefusal } from './recordValidation';

/**
 * The hub's check of pushed changes and the machines' check of pulled records agree: nothing
 * the hub accepts is a record a machine skips, whatever a device sends.
 */

const demo = generateDemoHub({ members: 6, seed: 3 });
const stamp = (wallMs: number) => formatHlc({ wallMs, counter: 0, node: 'd1' });

function storedRows(): { table: TableName; row: SyncedRow }[] {
  return tableNames.flatMap((table) => (demo[table] ?? []).slice(0, 3).map(({ id, ...fields }) => ({
    table,
    row: mergeChange(undefined, { table, recordId: id, fields: { ...fields, deleted: false }, hlc: stamp(1_700_000_000_000), deviceId: 'd1' }),
  })));
}

const rows = storedRows();
const fieldNames = (table: TableName) => Object.keys(tableSchemas[table].shape);

/** Fields a device might send: real names and made-up ones, any JSON values, sometimes a delete. */
const anyChange = fc.constantFrom(...rows).chain(({ table, row }) =>
  fc.record({
    fields: fc.dictionary(fc.oneof(fc.constantFrom(...fieldNames(table), 'deleted', 'id', 'hlc'), fc.string({ maxLength: 8 })), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }),
    copied: fc.subarray(fieldNames(table)),
    deleting: fc.boolean(),
    known: fc.boolean(),
  }).map(({ fields, copied, deleting, known }) => {
    // Values copied from a valid record make accepted changes common, not only refusals.
    const base = Object.fromEntries(copied.map((field) => [field, row[field]]));
    const change: RecordChange = { table, recordId: row.id, fields: { ...base, ...fields, ...(deleting ? { deleted: true } : {}) }, hlc: stamp(1_700_000_100_000), deviceId: 'd2' };
    return { table, current: known ? row : undefined, change };
  }),
);

describe('what the hub accepts', () => {
  it('is always a record every machine reads', () => {
    let accepted = 0;
    fc.assert(
      fc.property(anyChange, ({ table, current, change }) => {
        if (changeRefusal(change)) return;
        const merged = mergeChange(current, change);
        if (mergedRecordRefusal(table, merged, current !== undefined)) return;
        accepted += 1;
        expect(checkStoredRow(table, merged).ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // Not vacuous: a good share of the generated changes are accepted.
    expect(accepted).toBeGreaterThan(100);
  });

  it('takes a delete only with blanked erasable fields', () => {
    const guest = rows.find((entry) => entry.table === 'guests');
    if (!guest) throw new Error('the demo hub has guests');
    const deleting = (fields: Record<string, unknown>): RecordChange => ({ table: 'guests', recordId: guest.row.id, fields: { deleted: true, ...fields }, hlc: stamp(1_700_000_100_000), deviceId: 'd2' });
    expect(changeRefusal(deleting(erasedGuestFields))).toBeNull();
    expect(mergedRecordRefusal('guests', mergeChange(guest.row, deleting(erasedGuestFields)), true)).toBeNull();
    expect(changeRefusal(deleting({ name: 'Kept' }))?.params).toEqual({ field: 'name' });
    expect(changeRefusal(deleting({ leftAt: null }))?.params).toEqual({ field: 'leftAt' });
    expect(changeRefusal({ ...deleting({}), fields: { deleted: 1 } })?.params).toEqual({ field: 'deleted' });
    expect(changeRefusal({ table: 'members', fields: { deleted: true, name: '' } })?.params).toEqual({ field: 'name' });
  });
});
