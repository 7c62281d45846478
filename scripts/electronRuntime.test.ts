/**
 * The first `npm start` on a machine that cannot download Electron: a real installer process
 * (a stand-in that fails the way @electron/get does, so no test ever reaches the internet).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const runtimeModule = pathToFileURL(join(import.meta.dirname, 'electronRuntime.mjs')).href;
const SENTENCE = 'Could not download Electron. Check the internet connection, or run Landhub in a browser: npm run hub';
const DRIVER = `
  import { ensureElectronRuntime, wantsDetail } from ${JSON.stringify(runtimeModule)};
  const [electronDir, ...args] = process.argv.slice(1);
  process.exitCode = ensureElectronRuntime({ electronDir, verbose: wantsDetail(args, process.env) }) ? 0 : 1;
`;

let electronDir: string;

function firstStart(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--input-type=module', '-e', DRIVER, electronDir, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANDHUB_VERBOSE: '', ...env },
  });
}

beforeEach(async () => {
  electronDir = await mkdtemp(join(tmpdir(), 'landhub-electron-'));
  // What Electron's install.js does without network: an unhandled rejection with a stack trace.
  await writeFile(join(electronDir, 'install.js'), "Promise.reject(new Error('getaddrinfo ENOTFOUND github.com'));\n");
});

afterEach(async () => {
  await rm(electronDir, { recursive: true, force: true });
});

describe('npm start without the Electron runtime', () => {
  it('says in one sentence what to do, with no stack trace', () => {
    const run = firstStart([]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('Downloading the Electron runtime (first start only)…\n');
    expect(run.stderr).toBe(`${SENTENCE} (details: npm start -- --verbose)\n`);
  });

  it.each([
    ['--verbose', [['--verbose'], {}]],
    ['LANDHUB_VERBOSE=1', [[], { LANDHUB_VERBOSE: '1' }]],
  ] as const)('shows the installer’s own output with %s', (_, [args, env]) => {
    const run = firstStart([...args], env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Error: getaddrinfo ENOTFOUND github.com');
    expect(run.stderr).toMatch(/\n\s+at /);
    expect(run.stderr.trimEnd().endsWith(SENTENCE)).toBe(true);
  });

  it('starts nothing and prints nothing when the runtime is there', async () => {
    await writeFile(join(electronDir, 'path.txt'), 'electron');
    await mkdir(join(electronDir, 'dist'));
    await writeFile(join(electronDir, 'dist', 'electron'), '');
    const run = firstStart([]);
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).toBe('');
  });

  it('downloads again when path.txt is left without the runtime it names', async () => {
    await writeFile(join(electronDir, 'path.txt'), 'electron');
    const run = firstStart([]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('Downloading the Electron runtime (first start only)…\n');
  });
});
