import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ZERO_STAMP } from '@core/sync/merge';
import { HUB_DATABASE_FILE } from './hubService';
import { repoRoot, TEST_TIMEOUT_MS } from './hubProcessSupport';
import { createSqliteHubStore, openHubSqlite } from './sync/sqliteHubStore';
import { pullChanges } from './sync/syncEngine';
import { makeTempDir } from './testSupport';

const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const runDemo = (args: string[]) => spawnSync(tsx, ['main/hub/demoCli.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => { temp = await makeTempDir('demo'); });
afterEach(async () => { await temp.remove(); });

describe('npm run demo', () => {
  it('fills an empty hub once with valid, syncable records, and refuses a second time', () => {
    const dataDir = join(temp.dir, 'hub');
    const first = runDemo(['--data', dataDir, '--members', '60']);
    expect(first.status, first.stderr).toBe(0);
    const db = openHubSqlite(join(dataDir, HUB_DATABASE_FILE));
    const rows = pullChanges(createSqliteHubStore(db), 0, 100_000, { role: 'host', roomId: null }).records;
    db.close();
    expect(rows.filter((record) => record.table === 'members')).toHaveLength(60);
    expect(first.stdout).toContain(`${rows.length} records`);
    // Stored like pushed creates: one stamp for the whole record, never the zero stamp.
    expect(rows.every((record) => !record.row.deleted && Object.keys(record.row.hlc).join() === '*' && record.row.hlc['*'] !== ZERO_STAMP)).toBe(true);

    const second = runDemo(['--data', dataDir]);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/already holds data/);
  }, TEST_TIMEOUT_MS);

  it('has a help that says what each option does, and makes nothing', () => {
    for (const flag of ['--help', '-h']) {
      const help = runDemo([flag]);
      expect(help.status, help.stderr).toBe(0);
      expect(help.stderr).toBe('');
      expect(help.stdout.split('\n')[0]).toBe('Usage: npm run demo -- --data <folder> [--members <count>] [--seed <number>]');
      for (const option of ['--data <folder>', '--members <count>', '--seed <number>', '--help']) expect(help.stdout).toContain(option);
    }
  }, TEST_TIMEOUT_MS);

  it('explains a wrong command line', () => {
    const wrong = runDemo(['--data', join(temp.dir, 'x'), '--members', 'lots']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/--members must be a whole number/);
  }, TEST_TIMEOUT_MS);
});
