// The Electron runtime, fetched on a machine's first `npm start` (see startElectron.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const VERBOSE_FLAG = '--verbose';
const VERBOSE_ENV = 'LANDHUB_VERBOSE';

/** `npm start -- --verbose` or LANDHUB_VERBOSE=1: show what a failing step printed, not only its sentence. */
export function wantsDetail(argv, env) {
  return argv.includes(VERBOSE_FLAG) || (env[VERBOSE_ENV] !== undefined && env[VERBOSE_ENV] !== '' && env[VERBOSE_ENV] !== '0');
}

/**
 * Whether the runtime is unpacked: `path.txt` names the executable inside `dist/`. Since
 * Electron 42 `require('electron')` downloads a missing runtime itself, with its own output,
 * so a `path.txt` left without its `dist/` (a cleaned folder) must count as missing here.
 */
export function hasElectronRuntime(electronDir) {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const executable = readFileSync(pathFile, 'utf8').trim();
  return executable !== '' && existsSync(join(electronDir, 'dist', executable));
}

/**
 * Downloads the runtime with Electron's own installer unless it is there. The installer's
 * output (a stack trace when the download host cannot be reached) is kept back: people read
 * one sentence that says what to do, and get the detail only when they ask for it.
 * Returns whether the runtime is ready.
 */
export function ensureElectronRuntime({ electronDir, verbose, out = process.stdout, err = process.stderr }) {
  if (hasElectronRuntime(electronDir)) return true;
  out.write('Downloading the Electron runtime (first start only)…\n');
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { encoding: 'utf8' });
  if (install.status === 0) return true;
  if (verbose) err.write(`${install.stdout ?? ''}${install.stderr ?? ''}${install.error ? `${String(install.error)}\n` : ''}`);
  err.write('Could not download Electron. Check the internet connection, or run Landhub in a browser: npm run hub');
  err.write(verbose ? '\n' : ` (details: npm start -- ${VERBOSE_FLAG})\n`);
  return false;
}
