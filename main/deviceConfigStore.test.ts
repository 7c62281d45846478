import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  corruptBackupName,
  deviceConfigFileName,
  loadDeviceConfig,
  openDeviceConfigStore,
  writeFileAtomically,
  writeJsonAtomically,
} from './deviceConfigStore';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'landhub-device-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const configFile = () => path.join(dir, deviceConfigFileName);
const readJson = async (): Promise<unknown> => JSON.parse(await readFile(configFile(), 'utf8'));
const now = () => new Date('2025-03-04T05:06:07.089Z');

describe('loadDeviceConfig', () => {
  it('creates a fresh config with a new id on first run, and saves it', async () => {
    const config = await loadDeviceConfig(dir, { createId: () => 'device-1' });
    expect(config).toEqual({ deviceId: 'device-1', role: null, language: null, runsHub: false });
    expect(await readJson()).toEqual(config);
  });

  it('uses a time-ordered UUID by default', async () => {
    const config = await loadDeviceConfig(dir);
    expect(config.deviceId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('creates the directory if needed', async () => {
    const nested = path.join(dir, 'a', 'b');
    const config = await loadDeviceConfig(nested, { createId: () => 'device-2' });
    expect(JSON.parse(await readFile(path.join(nested, deviceConfigFileName), 'utf8'))).toEqual(config);
  });

  it('reads back what was saved', async () => {
    await writeFile(configFile(), JSON.stringify({ deviceId: 'kept', role: 'kiosk', language: 'da', runsHub: true }));
    expect(await loadDeviceConfig(dir, { createId: () => 'unused' })).toEqual({ deviceId: 'kept', role: 'kiosk', language: 'da', runsHub: true });
  });

  it('reads a file written before "runs the hub" existed, as not running it', async () => {
    const old = JSON.stringify({ deviceId: 'kept', role: 'host', language: 'en' });
    await writeFile(configFile(), old);
    expect(await loadDeviceConfig(dir, { createId: () => 'unused', now })).toEqual({ deviceId: 'kept', role: 'host', language: 'en', runsHub: false });
    expect(await readFile(configFile(), 'utf8')).toBe(old);
    expect(await readdir(dir)).toEqual([deviceConfigFileName]);
  });

  it.each([
    ['broken JSON', '{"deviceId": "x", '],
    ['an unknown role', JSON.stringify({ deviceId: 'x', role: 'admin', language: null })],
    ['an unknown language', JSON.stringify({ deviceId: 'x', role: null, language: 'fr' })],
    ['an extra field', JSON.stringify({ deviceId: 'x', role: null, language: null, token: 'secret' })],
    ['an empty id', JSON.stringify({ deviceId: '', role: null, language: null })],
    ['a runsHub that is not a yes or no', JSON.stringify({ deviceId: 'x', role: null, language: null, runsHub: 'yes' })],
    ['an empty file', ''],
  ])('replaces a file with %s by a fresh config, keeping a backup', async (_what, content) => {
    await writeFile(configFile(), content);
    const config = await loadDeviceConfig(dir, { createId: () => 'fresh', now });

    expect(config).toEqual({ deviceId: 'fresh', role: null, language: null, runsHub: false });
    expect(await readJson()).toEqual(config);
    const backup = path.join(dir, corruptBackupName(now()));
    expect(await readFile(backup, 'utf8')).toBe(content);
  });
});

describe('corruptBackupName', () => {
  it('has no characters Windows refuses', () => {
    expect(corruptBackupName(now())).toBe('device.json.corrupt-2025-03-04T05-06-07-089Z');
  });
});

describe('writeJsonAtomically', () => {
  it('replaces the file and leaves no temp files behind', async () => {
    await writeJsonAtomically(configFile(), { a: 1 });
    await writeJsonAtomically(configFile(), { a: 2 });
    expect(await readJson()).toEqual({ a: 2 });
    expect(await readdir(dir)).toEqual([deviceConfigFileName]);
  });

  it('writes bytes too, readable by this user only', async () => {
    const target = path.join(dir, 'secret.bin');
    await writeFileAtomically(target, Buffer.from([1, 2, 3]));
    expect([...await readFile(target)]).toEqual([1, 2, 3]);
    if (process.platform !== 'win32') expect((await stat(target)).mode & 0o777).toBe(0o600);
  });

  it('cleans up its temp file when the rename fails', async () => {
    const target = path.join(dir, 'occupied');
    await writeFile(path.join(dir, 'placeholder'), '');
    // A directory in the target's place makes the rename fail on every platform.
    await mkdir(path.join(target, 'inside'), { recursive: true });
    await expect(writeJsonAtomically(target, { a: 1 })).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['occupied', 'placeholder']);
  });
});

describe('openDeviceConfigStore', () => {
  it('updates role and language and persists them', async () => {
    const store = await openDeviceConfigStore(dir, { createId: () => 'device-1' });
    expect(store.current()).toEqual({ deviceId: 'device-1', role: null, language: null, runsHub: false });

    expect(await store.update({ role: 'wall' })).toEqual({ deviceId: 'device-1', role: 'wall', language: null, runsHub: false });
    expect(await store.update({ language: 'de' })).toEqual({ deviceId: 'device-1', role: 'wall', language: 'de', runsHub: false });
    expect(await store.update({ runsHub: true })).toEqual({ deviceId: 'device-1', role: 'wall', language: 'de', runsHub: true });
    expect(store.current()).toEqual({ deviceId: 'device-1', role: 'wall', language: 'de', runsHub: true });

    const reopened = await openDeviceConfigStore(dir, { createId: () => 'other' });
    expect(reopened.current()).toEqual({ deviceId: 'device-1', role: 'wall', language: 'de', runsHub: true });
  });

  it('applies quick successive updates in order', async () => {
    const store = await openDeviceConfigStore(dir, { createId: () => 'device-1' });
    await Promise.all([store.update({ role: 'host' }), store.update({ language: 'en' }), store.update({ role: 'room' })]);
    expect(store.current()).toEqual({ deviceId: 'device-1', role: 'room', language: 'en', runsHub: false });
    expect(await readJson()).toEqual(store.current());
  });

  it('refuses invalid values and keeps the old config', async () => {
    const store = await openDeviceConfigStore(dir, { createId: () => 'device-1' });
    const bad = JSON.parse('{"role": "admin"}') as { role: 'host' };
    await expect(store.update(bad)).rejects.toThrow();
    expect(store.current().role).toBeNull();
    expect(await store.update({ role: 'kiosk' })).toMatchObject({ role: 'kiosk' });
  });
});
