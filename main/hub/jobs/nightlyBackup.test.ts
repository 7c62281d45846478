import { describe, expect, it } from 'vitest';
import { backupDue, lastBackupMark } from './nightlyBackup';

/** The nightly backup's clock: 03:00 in the hub's zone, whatever zone the process runs in. */
describe('backupDue', () => {
  const zone = 'Europe/Copenhagen';

  it('is due once the hub clock passes 03:00 and the newest backup is older', () => {
    // 02:59 in Copenhagen (winter, UTC+1): the last mark is yesterday's 03:00.
    expect(lastBackupMark(new Date('2026-12-04T01:59:00Z'), zone).toISOString()).toBe('2026-12-03T02:00:00.000Z');
    expect(backupDue(new Date('2026-12-04T01:59:00Z'), zone, new Date('2026-12-03T02:00:05Z'))).toBe(false);
    expect(backupDue(new Date('2026-12-04T02:00:00Z'), zone, new Date('2026-12-03T02:00:05Z'))).toBe(true);
    expect(backupDue(new Date('2026-12-04T02:01:00Z'), zone, new Date('2026-12-04T02:00:30Z'))).toBe(false);
  });

  it('catches up at the first check after a night the hub was off, and takes one at a new hub\'s first start', () => {
    expect(backupDue(new Date('2026-12-06T15:00:00Z'), zone, new Date('2026-12-03T02:00:05Z'))).toBe(true);
    expect(backupDue(new Date('2026-12-06T15:00:00Z'), zone, null)).toBe(true);
  });

  it('keeps 03:00 across a daylight-saving change', () => {
    // The night summer time ends: 03:00 CET is 02:00 UTC; the day before, 03:00 CEST was 01:00 UTC.
    expect(lastBackupMark(new Date('2026-10-25T12:00:00Z'), zone).toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(lastBackupMark(new Date('2026-10-24T12:00:00Z'), zone).toISOString()).toBe('2026-10-24T01:00:00.000Z');
  });
});
