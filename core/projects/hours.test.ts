import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { volunteerHoursFieldsSchema } from '../schemas/project';
import { approvalWrites, hoursFor } from './hours';

const entry = { projectId: 'p1', taskId: null, on: '2026-12-05', hours: 3, note: 'Strandrensning' };

describe('hours', () => {
  it('are logged for several people at once, one valid pending entry each, a person once', () => {
    const rows = hoursFor([
      { memberId: 'm1', citizenId: null, name: 'Åse' }, { memberId: null, citizenId: 'c1', name: 'Birthe fra Bandholm' }, { memberId: 'm1', citizenId: null, name: 'Åse' },
    ], entry);
    expect(rows.map((row) => [row.memberId, row.citizenId, row.approval])).toEqual([['m1', null, 'pending'], [null, 'c1', 'pending']]);
    for (const row of rows) expect(volunteerHoursFieldsSchema.safeParse(row).success).toBe(true);
    expect(hoursFor([{ memberId: 'm1', citizenId: null, name: 'Åse' }], entry, { by: 'm9', at: '2026-12-05T16:00:00.000Z' })[0]).toMatchObject({ approval: 'approved', approvedBy: 'm9' });
  });

  it('are approved one by one or in bulk, only those still pending, so approving again writes nothing (property)', () => {
    const row = fc.record({ id: fc.uuid(), approval: fc.constantFrom('pending' as const, 'approved' as const, undefined), deleted: fc.boolean() });
    fc.assert(fc.property(fc.uniqueArray(row, { selector: (one) => one.id }), (rows) => {
      const writes = approvalWrites(rows, 'm9', '2026-12-05T16:00:00.000Z');
      expect(writes.map((write) => write.id)).toEqual(rows.filter((one) => !one.deleted && one.approval === 'pending').map((one) => one.id));
      const after = rows.map((one) => ({ ...one, ...writes.find((write) => write.id === one.id)?.fields }));
      expect(approvalWrites(after, 'm9', '2026-12-05T16:00:00.000Z')).toEqual([]);
    }));
  });
});
