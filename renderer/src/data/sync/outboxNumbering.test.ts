import { afterEach, describe, expect, it } from 'vitest';
import type { DataContext } from '../dataContext';
import type { OutboxEntry } from '../database';
import { openTestContext } from '../testContext';
import { numberOutboxAfter } from './outboxNumbering';

/** The outbox's key generator on a real IndexedDB implementation (fake-indexeddb). */
const entry = (recordId: string): OutboxEntry => ({ table: 'checkIns', recordId, fields: { memberId: 'm' }, hlc: '0', deviceId: 'device-test-1' });
const numbers = async (context: DataContext) => (await context.db.outbox.orderBy('seq').toArray()).map((row) => [row.seq, row.recordId]);

let context: DataContext;
afterEach(() => { context.db.close(); });

describe('numbering the outbox after the hub’s last mutation', () => {
  it('moves an empty outbox’s numbering past the hub’s number, for every change still to come', async () => {
    context = await openTestContext();
    await numberOutboxAfter(context, 7);
    expect(await context.db.outbox.count()).toBe(0);
    await context.db.outbox.add(entry('later'));
    expect(await numbers(context)).toEqual([[8, 'later']]);
  });

  it('renumbers pending changes in their order, and the next ones follow them', async () => {
    context = await openTestContext();
    await context.db.outbox.bulkAdd([entry('a'), entry('b'), entry('c')]);
    await numberOutboxAfter(context, 40);
    expect(await numbers(context)).toEqual([[41, 'a'], [42, 'b'], [43, 'c']]);
    await context.db.outbox.add(entry('d'));
    expect(await numbers(context)).toContainEqual([44, 'd']);
  });

  it('leaves numbers already above the hub’s alone', async () => {
    context = await openTestContext();
    await context.db.outbox.bulkAdd([entry('a'), entry('b')]);
    await numberOutboxAfter(context, 0);
    expect(await numbers(context)).toEqual([[1, 'a'], [2, 'b']]);
  });
});
