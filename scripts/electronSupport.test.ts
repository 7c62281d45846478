import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronMajorOf, electronSupport, electronSupportMessage, electronSupportStatus, endingSoonDays } from './electronSupport';

/** The table's row for the major package.json pins. */
function pinnedRow() {
  const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const major = electronMajorOf(manifest.devDependencies.electron ?? '');
  return electronSupport.find((row) => row.major === major);
}

const at = (day: string) => new Date(`${day}T12:00:00Z`);
const table = [{ major: 45, stable: '2026-10-21', endOfSupport: '2027-05-04', estimated: false }];

describe('electronMajorOf', () => {
  it.each([
    ['45.6.1', 45], ['^45.6.1', 45], ['~45.0.0', 45], ['45', 45], ['v45.0.0-beta.3', 45], ['=40.10.2', 40],
  ])('reads %s as %i', (version, major) => {
    expect(electronMajorOf(version)).toBe(major);
  });

  it.each(['', 'latest', '>=40', 'github:electron/electron', '45x'])('knows no major in %j', (version) => {
    expect(electronMajorOf(version)).toBeNull();
  });
});

describe('electronSupportStatus', () => {
  it('is quiet while support has more than a month to run', () => {
    const status = electronSupportStatus('45.6.1', at('2027-01-01'), table);
    expect(status).toEqual({ kind: 'supported', major: 45, endOfSupport: '2027-05-04', estimated: false, daysLeft: 123 });
    expect(electronSupportMessage(status)).toBeNull();
  });

  it(`mentions the end from ${endingSoonDays} days before it, up to the last day`, () => {
    expect(electronSupportStatus('45.6.1', at('2027-04-03'), table).kind).toBe('supported');
    expect(electronSupportStatus('45.6.1', at('2027-04-04'), table)).toMatchObject({ kind: 'endingSoon', daysLeft: 30 });
    const lastDay = electronSupportStatus('45.6.1', at('2027-05-04'), table);
    expect(lastDay).toMatchObject({ kind: 'endingSoon', daysLeft: 0 });
    expect(electronSupportMessage(lastDay)).toBe('WARNING: Electron 45 gets security fixes only until 2027-05-04, 0 days from now: plan the move to a newer major.');
  });

  it('warns from the day after the end of support', () => {
    const status = electronSupportStatus('^45.0.0', at('2027-05-05'), table);
    expect(status).toEqual({ kind: 'ended', major: 45, endOfSupport: '2027-05-04', estimated: false, daysAgo: 1 });
    expect(electronSupportMessage(status)).toMatch(/^WARNING: Electron 45 has been out of support since 2027-05-04 \(1 day\): it gets no more security fixes\./);
  });

  it('reads the day in UTC, whatever the clock of the machine says', () => {
    // 23:30 on the last day in UTC is already the next day in Copenhagen: still the last day.
    expect(electronSupportStatus('45.6.1', new Date('2027-05-04T23:30:00Z'), table)).toMatchObject({ daysLeft: 0 });
    expect(electronSupportStatus('45.6.1', new Date('2027-05-05T00:00:00Z'), table)).toMatchObject({ kind: 'ended' });
  });

  it('says when an estimated date has passed, so the table gets corrected', () => {
    const status = electronSupportStatus('45.6.1', at('2027-06-01'), [{ ...table[0]!, estimated: true }]);
    expect(electronSupportMessage(status)).toContain('(estimated: check the date and correct the table)');
  });

  it('warns about a major the table does not know, and about a pin it cannot read', () => {
    expect(electronSupportMessage(electronSupportStatus('46.0.0', at('2027-01-01'), table))).toBe(
      'WARNING: Electron 46 is not in scripts/electronSupport.ts, so its end of support is unknown: add its row.',
    );
    expect(electronSupportMessage(electronSupportStatus('', at('2027-01-01'), table))).toMatch(/^WARNING: could not tell/);
  });

  it('warns about Electron 40, the major this project left', () => {
    expect(electronSupportStatus('40.10.2', at('2026-12-04'))).toMatchObject({ kind: 'ended', endOfSupport: '2026-07-01' });
  });
});

describe('the support table', () => {
  it('has one row per major, in order, ending when the third major after it shipped', () => {
    const majors = electronSupport.map((row) => row.major);
    expect(majors).toEqual([...majors].sort((a, b) => a - b));
    expect(new Set(majors).size).toBe(majors.length);
    for (const row of electronSupport) {
      expect(row.stable < row.endOfSupport).toBe(true);
      const third = electronSupport.find((other) => other.major === row.major + 3);
      if (third !== undefined) expect(row.endOfSupport).toBe(third.stable);
    }
  });

  it('knows the major package.json pins', () => {
    expect(pinnedRow()).toBeDefined();
  });
});

describe('checkElectronSupport.ts (what npm test runs first)', () => {
  const check = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'checkElectronSupport.ts'), ...args], { encoding: 'utf8' });

  it('prints the warning for a day past the pinned major’s end, and still exits 0', () => {
    const run = check('--today=2030-01-01');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^WARNING: Electron \d+ has been out of support since /);
  });

  it('prints nothing on a day well inside support', () => {
    const run = check(`--today=${pinnedRow()!.stable}`);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
  });
});
