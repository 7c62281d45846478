import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, migrate } from '../sync/migrations';
import { createSqliteHubStore, openHubSqlite } from '../sync/sqliteHubStore';
import { makeTempDir } from '../testSupport';
import { backupFileName, backupTimeOf, listBackups, pruneBackups } from './backupFiles';
import { checkHubFile } from './checkHubFile';
import { writeHubLock } from './hubLock';
import { backupBeforeMigration } from './migrationBackup';
import { restoreHub, RestoreError } from './restoreHub';
import { backupDatabase, BackupError } from './takeBackup';

/** Backups with SQLite's backup API, their check, their folder, and a restore, on real files. */
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dataDir: string;
let databaseFile: string;
let backupDir: string;
const at = (iso: string) => new Date(iso);

beforeEach(async () => {
  temp = await makeTempDir('backup');
  dataDir = join(temp.dir, 'data');
  databaseFile = join(dataDir, 'hub.sqlite');
  backupDir = join(temp.dir, 'elsewhere', 'backups');
  await import('node:fs/promises').then(({ mkdir }) => mkdir(dataDir));
});
afterEach(async () => { await temp.remove(); });

function putMember(db: Database.Database, id: string, name: string): void {
  const store = createSqliteHubStore(db);
  store.transaction(() => {
    store.putRecord('members', { id, hlc: { '*': '0001700000000-000000-host' }, deviceId: 'host', deleted: false, name }, store.nextSeq());
  });
}

function reasonOf(check: ReturnType<typeof checkHubFile>): string {
  return check.ok ? 'ok' : check.reason;
}

async function refusal(attempt: Promise<unknown>): Promise<{ exitCode: number; message: string }> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof RestoreError) return { exitCode: error.exitCode, message: error.message };
    throw error;
  }
  throw new Error('the restore was not refused');
}

function names(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare<[], string>("SELECT json_extract(row_json, '$.name') FROM records WHERE table_name = 'members' ORDER BY id").pluck().all();
  } finally {
    db.close();
  }
}

describe('backup file names', () => {
  it('sort by time and read back as the time they were taken', () => {
    const early = backupFileName(at('2026-12-04T03:00:00.000Z'), { kind: 'scheduled' });
    const later = backupFileName(at('2026-12-04T19:30:00.250Z'), { kind: 'beforeMigration', fromSchema: 8 });
    expect(early).toBe('hub-2026-12-04T03-00-00-000Z.sqlite');
    expect(later).toBe('hub-2026-12-04T19-30-00-250Z-before-schema-9.sqlite');
    expect([later, early].sort()).toEqual([early, later]);
    expect(backupTimeOf(later)?.toISOString()).toBe('2026-12-04T19:30:00.250Z');
    expect(backupTimeOf('hub.sqlite')).toBeNull();
    expect(backupTimeOf('.hub-2026-12-04T03-00-00-000Z.sqlite.partial')).toBeNull();
  });
});

describe('backupDatabase', () => {
  it('writes one checked file with the backup API while the hub keeps its database open, and keeps the newest N', async () => {
    const db = openHubSqlite(databaseFile);
    putMember(db, 'm1', 'Anna Berg');
    const done = await backupDatabase(db, { folder: backupDir, reason: { kind: 'manual' }, now: at('2026-12-04T03:00:00Z') });
    expect(done.file).toBe(join(backupDir, 'hub-2026-12-04T03-00-00-000Z.sqlite'));
    // One file, no -wal or -shm beside it, and no partial left behind.
    expect(await readdir(backupDir)).toEqual([done.name]);
    expect(names(done.file)).toEqual(['Anna Berg']);
    expect(checkHubFile(done.file)).toEqual({ ok: true, schemaVersion: LATEST_SCHEMA_VERSION, latestSeq: 1 });
    expect(done.bytes).toBe((await stat(done.file)).size);
    // It holds what the database holds: for the hub's user only.
    expect((await stat(done.file)).mode & 0o777).toBe(0o600);

    for (let day = 5; day <= 8; day += 1) {
      putMember(db, `m${String(day)}`, `Member ${String(day)}`);
      await backupDatabase(db, { folder: backupDir, reason: { kind: 'scheduled' }, now: at(`2026-12-0${String(day)}T03:00:00Z`), keep: 3 });
    }
    await writeFile(join(backupDir, 'notes.txt'), 'mine');
    const kept = await listBackups(backupDir);
    expect(kept.map((backup) => backup.name)).toEqual(['hub-2026-12-06T03-00-00-000Z.sqlite', 'hub-2026-12-07T03-00-00-000Z.sqlite', 'hub-2026-12-08T03-00-00-000Z.sqlite']);
    expect(await pruneBackups(backupDir, 1)).toHaveLength(2);
    // Files that are not backups are never deleted.
    expect(await readFile(join(backupDir, 'notes.txt'), 'utf8')).toBe('mine');
    db.close();
  });

  it('deletes a backup that fails its integrity check and says so', async () => {
    const db = openHubSqlite(databaseFile);
    for (let index = 0; index < 5; index += 1) putMember(db, `m${String(index)}`, `Member ${String(index)}`);
    // An index that no longer matches its table: quick_check (what the hub runs at start) reads
    // past it, integrity_check does not.
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    db.prepare("UPDATE sqlite_schema SET sql = 'CREATE UNIQUE INDEX records_by_seq ON records (id)' WHERE name = 'records_by_seq'").run();
    db.close();
    const damaged = new Database(databaseFile);
    expect(damaged.prepare('PRAGMA quick_check').pluck().get()).toBe('ok');
    await expect(backupDatabase(damaged, { folder: backupDir, reason: { kind: 'manual' }, now: at('2026-12-04T03:00:00Z') })).rejects.toThrow(BackupError);
    await expect(backupDatabase(damaged, { folder: backupDir, reason: { kind: 'manual' }, now: at('2026-12-04T03:00:00Z') })).rejects.toThrow(/failed its integrity check and was deleted/);
    expect(await readdir(backupDir)).toEqual([]);
    damaged.close();
  });

  it('says in plain words when the backup folder cannot be made', async () => {
    const db = openHubSqlite(databaseFile);
    await writeFile(join(temp.dir, 'a-file'), 'x');
    await expect(backupDatabase(db, { folder: join(temp.dir, 'a-file', 'backups'), reason: { kind: 'manual' }, now: new Date() })).rejects.toThrow(/The backup folder .* cannot be created: .*Choose another one with --backup-dir\./);
    db.close();
  });
});

describe('checkHubFile', () => {
  it('tells a damaged file, a file that is no database, another database and a newer hub apart', async () => {
    await writeFile(join(temp.dir, 'junk.sqlite'), 'not a database at all '.repeat(100));
    expect(reasonOf(checkHubFile(join(temp.dir, 'junk.sqlite')))).toMatch(/not a Landhub hub database \(not an SQLite file at all\)/);
    const other = new Database(join(temp.dir, 'other.sqlite'));
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    expect(reasonOf(checkHubFile(join(temp.dir, 'other.sqlite')))).toMatch(/an SQLite database, but not a Landhub hub database/);
    const newer = new Database(join(temp.dir, 'newer.sqlite'));
    migrate(newer);
    newer.pragma(`user_version = ${String(LATEST_SCHEMA_VERSION + 1)}`);
    newer.close();
    expect(reasonOf(checkHubFile(join(temp.dir, 'newer.sqlite')))).toMatch(/written by a newer Landhub/);
    expect(reasonOf(checkHubFile(join(temp.dir, 'missing.sqlite')))).toMatch(/cannot be opened/);
  });
});

describe('backupBeforeMigration', () => {
  it('backs up a store of an older schema before the hub migrates it, and nothing for a new or current one', async () => {
    const old = new Database(databaseFile);
    migrate(old, LATEST_SCHEMA_VERSION - 1);
    old.close();
    const done = await backupBeforeMigration(databaseFile, { folder: backupDir, now: at('2026-12-04T19:30:00Z') });
    expect(done?.name).toBe(`hub-2026-12-04T19-30-00-000Z-before-schema-${String(LATEST_SCHEMA_VERSION)}.sqlite`);
    expect(checkHubFile(done?.file ?? '')).toMatchObject({ ok: true, schemaVersion: LATEST_SCHEMA_VERSION - 1 });
    openHubSqlite(databaseFile).close();
    expect(await backupBeforeMigration(databaseFile, { folder: backupDir, now: new Date() })).toBeNull();
    expect(await backupBeforeMigration(join(dataDir, 'new.sqlite'), { folder: backupDir, now: new Date() })).toBeNull();
  });
});

describe('restoreHub', () => {
  const restore = (source: string) => restoreHub({ dataDir, databaseFile, source, backupDir, now: at('2026-12-05T10:00:00Z') });

  it('backs the current state up, puts the backup in place with a new epoch and seqs above every seq handed out', async () => {
    const db = openHubSqlite(databaseFile);
    putMember(db, 'm1', 'Anna Berg');
    const epochBefore = createSqliteHubStore(db).epoch();
    const backup = await backupDatabase(db, { folder: backupDir, reason: { kind: 'manual' }, now: at('2026-12-04T03:00:00Z') });
    putMember(db, 'm2', 'Bo Nielsen');
    putMember(db, 'm3', 'Cem Yilmaz');
    db.close();

    const restored = await restore(backup.file);
    expect(restored.safetyBackup?.name).toBe('hub-2026-12-05T10-00-00-000Z-before-restore.sqlite');
    expect(names(restored.safetyBackup?.file ?? '')).toEqual(['Anna Berg', 'Bo Nielsen', 'Cem Yilmaz']);
    expect(names(databaseFile)).toEqual(['Anna Berg']);
    const after = openHubSqlite(databaseFile);
    const store = createSqliteHubStore(after);
    expect(store.epoch()).toMatch(/^[0-9a-f]{32}$/);
    expect(store.epoch()).not.toBe(epochBefore);
    expect(restored.epoch).toBe(store.epoch());
    // 3 seqs were handed out before the restore: an old machine at seq 3 still pulls Anna again.
    expect(store.changesSince(3, 100, 1e9).map((change) => change.seq)).toEqual([4]);
    expect(store.nextSeq()).toBe(5);
    after.close();
    // The backup itself is left as it was.
    expect(checkHubFile(backup.file)).toMatchObject({ ok: true, latestSeq: 1 });
  });

  it('refuses while a hub runs on the folder, and files that are not a hub backup, with exit codes 1 and 2', async () => {
    openHubSqlite(databaseFile).close();
    const backup = await backupDatabase(new Database(databaseFile), { folder: backupDir, reason: { kind: 'manual' }, now: at('2026-12-04T03:00:00Z') });
    const release = writeHubLock(dataDir, new Date());
    expect(await refusal(restore(backup.file))).toEqual({ exitCode: 1, message: expect.stringMatching(/^A hub is running on .* \(process \d+, since .*\)\. Stop it first, then restore\./) as unknown });
    release();
    await writeFile(join(temp.dir, 'photo.jpg'), 'JFIF'.repeat(500));
    expect(await refusal(restore(join(temp.dir, 'photo.jpg')))).toEqual({ exitCode: 2, message: expect.stringMatching(/^Nothing was restored: .*photo\.jpg is not a Landhub hub database/) as unknown });
    expect(await refusal(restore(join(temp.dir, 'nope.sqlite')))).toEqual({ exitCode: 2, message: expect.stringMatching(/^There is no file .*nope\.sqlite/) as unknown });
    await expect(restore(databaseFile)).rejects.toBeInstanceOf(RestoreError);
    // Nothing was touched: no backup of the current state was taken for a refused restore.
    expect((await listBackups(backupDir)).map((file) => file.name)).toEqual([backup.name]);
  });

  it('keeps a damaged current database aside instead of refusing to restore over it', async () => {
    const db = openHubSqlite(databaseFile);
    putMember(db, 'm1', 'Anna Berg');
    const backup = await backupDatabase(db, { folder: backupDir, reason: { kind: 'manual' }, now: at('2026-12-04T03:00:00Z') });
    db.close();
    await writeFile(databaseFile, 'garbage '.repeat(1000));
    const restored = await restore(backup.file);
    expect(restored.safetyBackup).toBeNull();
    expect(restored.damagedKeptAs).toMatch(/hub\.sqlite\.damaged-2026-12-05T10-00-00-000Z$/);
    expect(await readFile(restored.damagedKeptAs ?? '', 'utf8')).toMatch(/^garbage/);
    expect(names(databaseFile)).toEqual(['Anna Berg']);
  });
});
