import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeDataDirError, prepareDataDir } from './dataDir';
import { HubStartupError } from './hubStartupError';
import { makeTempDir } from './testSupport';

describe('prepareDataDir', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir('data');
  });
  afterEach(async () => {
    await temp.remove();
  });

  it('creates missing folders, deep ones included, and returns the absolute path', async () => {
    const dir = join(temp.dir, 'a', 'b', 'hub');
    await expect(prepareDataDir(dir)).resolves.toBe(dir);
    expect((await stat(dir)).isDirectory()).toBe(true);
  });

  it('accepts an existing folder and leaves no probe file behind', async () => {
    await writeFile(join(temp.dir, 'keep.txt'), 'x');
    await prepareDataDir(temp.dir);
    expect(await readdir(temp.dir)).toEqual(['keep.txt']);
  });

  it('refuses a path that is a file', async () => {
    const file = join(temp.dir, 'hub.db');
    await writeFile(file, 'not a folder');
    const failure = prepareDataDir(file);
    await expect(failure).rejects.toBeInstanceOf(HubStartupError);
    await expect(failure).rejects.toThrow(`The data folder ${file} is a file, not a folder. Choose another folder with --data.`);
  });

  it('names the file standing in the way of a path under it', async () => {
    const file = join(temp.dir, 'notes.txt');
    await writeFile(file, 'x');
    const dir = join(file, 'deeper', 'hub');
    await expect(prepareDataDir(dir)).rejects.toThrow(
      `Cannot create the data folder ${dir}: ${file} is a file, not a folder. Choose another folder with --data.`,
    );
  });
});

// Running as root, permission and read-only failures cannot be provoked; their wording is checked here.
describe('describeDataDirError', () => {
  it('separates "cannot create" from "cannot write"', () => {
    expect(describeDataDirError('EACCES', '/srv/hub', 'create')).toMatch(/^No permission to create the data folder \/srv\/hub\./);
    expect(describeDataDirError('EPERM', '/srv/hub', 'write')).toMatch(/^No permission to write in the data folder \/srv\/hub\./);
  });

  it('explains a read-only file system and a full disk', () => {
    expect(describeDataDirError('EROFS', '/mnt/cd/hub', 'create')).toBe(
      'The data folder /mnt/cd/hub is on a read-only file system. Choose another folder with --data.',
    );
    expect(describeDataDirError('ENOSPC', '/srv/hub', 'write')).toMatch(/disk holding the data folder \/srv\/hub is full/);
  });

  it('keeps the code for anything unforeseen', () => {
    expect(describeDataDirError('EIO', '/srv/hub', 'write')).toBe(
      'Cannot write in the data folder /srv/hub (EIO). Choose another folder with --data.',
    );
  });
});
