import { randomUUID } from 'node:crypto';
import { mkdir, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { errorCode } from './errorCode';
import { HubStartupError } from './hubStartupError';

export type DataDirStage = 'create' | 'write';

/**
 * Makes sure the hub's data folder exists and really accepts writes. Permission bits alone do not
 * tell (read-only mounts, ACLs, full disks), so a probe file is written and removed: better to fail
 * now with a clear sentence than on the first sync write with a SQLite error.
 */
export async function prepareDataDir(dir: string): Promise<string> {
  const absolute = resolve(dir);
  try {
    await makeFolders(absolute);
  } catch (error) {
    throw new HubStartupError(await explainCreateFailure(absolute, error));
  }

  // mkdir -p reports an existing non-folder differently across platforms (EEXIST, or nothing on some).
  if (!(await stat(absolute)).isDirectory()) {
    throw new HubStartupError(describeDataDirError('ENOTDIR_SELF', absolute, 'create'));
  }

  const probe = join(absolute, `.landhub-write-probe-${randomUUID()}`);
  try {
    await writeFile(probe, 'probe', { flag: 'wx' });
    await unlink(probe);
  } catch (error) {
    throw new HubStartupError(describeDataDirError(errorCode(error), absolute, 'write'));
  }
  return absolute;
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdir retries an ENOENT for ever, so a path
 * where folders cannot exist (under /proc, say) would hang the hub's start without a word.
 */
async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let current = dir; !(await exists(current)); current = dirname(current)) {
    missing.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (error) {
      // Another process (a second hub start) may have made it in the meantime.
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

async function explainCreateFailure(dir: string, error: unknown): Promise<string> {
  const code = errorCode(error);
  if (code === 'EEXIST') return describeDataDirError('ENOTDIR_SELF', dir, 'create');
  if (code === 'ENOTDIR') {
    const blocker = await firstExistingAncestor(dir);
    return describeDataDirError(code, dir, 'create', blocker);
  }
  return describeDataDirError(code, dir, 'create');
}

/** Pure, so the wording for failures a root test run cannot provoke (EACCES, EROFS) is still tested. */
export function describeDataDirError(code: string | undefined, dir: string, stage: DataDirStage, blocker?: string): string {
  const fix = 'Choose another folder with --data.';
  switch (code) {
    case 'ENOTDIR_SELF':
      return `The data folder ${dir} is a file, not a folder. ${fix}`;
    case 'ENOTDIR':
      return `Cannot create the data folder ${dir}: ${blocker ?? 'part of that path'} is a file, not a folder. ${fix}`;
    case 'EACCES':
    case 'EPERM':
      return stage === 'create'
        ? `No permission to create the data folder ${dir}. ${fix} Or create it yourself and give this user write access.`
        : `No permission to write in the data folder ${dir}. ${fix} Or give this user write access to it.`;
    case 'EROFS':
      return `The data folder ${dir} is on a read-only file system. ${fix}`;
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk holding the data folder ${dir} is full. Free some space or choose another folder with --data.`;
    case 'ENOENT':
      return `Cannot create the data folder ${dir}: folders cannot be made in that place. ${fix}`;
    case 'ENAMETOOLONG':
      return `The data folder path ${dir} is too long. ${fix}`;
    default:
      return `Cannot ${stage === 'create' ? 'create' : 'write in'} the data folder ${dir} (${code ?? 'unknown error'}). ${fix}`;
  }
}

/** Walks up to the first path that exists: for ENOTDIR that is the file standing in the way. */
async function firstExistingAncestor(dir: string): Promise<string | undefined> {
  let current = dirname(dir);
  while (current !== dirname(current)) {
    try {
      await stat(current);
      return current;
    } catch {
      current = dirname(current);
    }
  }
  return undefined;
}
