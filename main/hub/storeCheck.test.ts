import { mkdir, open, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HUB_DATABASE_FILE } from './hubService';
import { killHubProcesses, runHub, TEST_TIMEOUT_MS, waitForListening } from './hubProcessSupport';
import { openHubSqlite } from './sync/sqliteHubStore';
import { makeTempDir, writeFakeRenderer } from './testSupport';

/** `npm run hub` refuses a damaged store in plain words, naming the file, with exit code 1. */
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dataDir: string;
let databaseFile: string;
const args = () => ['--host', '127.0.0.1', '--port', '0', '--data', dataDir, '--renderer', join(temp.dir, 'renderer')];

beforeEach(async () => {
  temp = await makeTempDir('storecheck');
  dataDir = join(temp.dir, 'data');
  databaseFile = join(dataDir, HUB_DATABASE_FILE);
  await mkdir(dataDir);
  await writeFakeRenderer(join(temp.dir, 'renderer'));
});
afterEach(async () => {
  killHubProcesses();
  await temp.remove();
});

describe('the hub start-up store check', () => {
  it('refuses a zero-byte hub.sqlite as a damaged store instead of starting a new hub over it', async () => {
    await writeFile(databaseFile, '');
    const hub = runHub(args());
    expect((await hub.exited).code).toBe(1);
    expect(hub.stderr()).toContain(`The hub's database at ${databaseFile} is empty (0 bytes): it is damaged, not a new hub.`);
    expect(hub.stderr()).toMatch(/Restore it from a backup/);
    expect(hub.stdout()).not.toMatch(/one-time code/);
    expect((await stat(databaseFile)).size).toBe(0);
  }, TEST_TIMEOUT_MS);

  it('refuses a store whose pages are damaged, naming the file', async () => {
    const db = openHubSqlite(databaseFile);
    const insert = db.prepare('INSERT INTO records (table_name, id, seq, deleted, resource_id, row_json) VALUES (?, ?, ?, 0, NULL, ?)');
    db.transaction(() => {
      for (let seq = 1; seq <= 3000; seq++) insert.run('checkIns', `checkin-${seq}`, seq, JSON.stringify({ id: `checkin-${seq}`, note: 'x'.repeat(200) }));
    })();
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    db.close();
    // Scribble over a few pages in the middle, as a failing disk or a half-copied backup would.
    const file = await open(databaseFile, 'r+');
    const { size } = await file.stat();
    const middle = Math.floor(size / pageSize / 2) * pageSize;
    await file.write(Buffer.alloc(pageSize * 4, 0xab), 0, pageSize * 4, middle);
    await file.close();

    const hub = runHub(args());
    expect((await hub.exited).code).toBe(1);
    expect(hub.stderr()).toMatch(new RegExp(`The hub's database at ${databaseFile.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is damaged \\(`));
    expect(hub.stderr()).toMatch(/Restore it from a backup/);
    expect(hub.stdout()).not.toMatch(/listening/);
  }, TEST_TIMEOUT_MS);

  it('starts on a healthy store it created earlier', async () => {
    openHubSqlite(databaseFile).close();
    const hub = runHub(args());
    await waitForListening(hub);
    hub.child.kill('SIGTERM');
    expect((await hub.exited).code).toBe(0);
  }, TEST_TIMEOUT_MS);
});
