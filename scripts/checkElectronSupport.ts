/**
 * `npm test` runs this first (through tsx): a warning when the pinned Electron is out of
 * support or close to it, never a failure. The pinned version is the installed one (what the
 * lockfile put in node_modules), else package.json's range. Only electron's package.json is
 * read: `require('electron')` would start a download of its runtime.
 * `--today=YYYY-MM-DD` asks about another day (will the pin still be supported at a release?).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { electronSupportMessage, electronSupportStatus } from './electronSupport';

const root = fileURLToPath(new URL('..', import.meta.url));

function versionOf(file: string, read: (json: Record<string, unknown>) => unknown): string | null {
  if (!existsSync(file)) return null;
  const value = read(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
  return typeof value === 'string' ? value : null;
}

const pinned = versionOf(`${root}node_modules/electron/package.json`, (json) => json.version)
  ?? versionOf(`${root}package.json`, (json) => (json.devDependencies as Record<string, unknown> | undefined)?.electron)
  ?? '';
const todayArg = process.argv.find((arg) => arg.startsWith('--today='))?.slice('--today='.length);
const today = todayArg === undefined ? new Date() : new Date(`${todayArg}T12:00:00Z`);
if (Number.isNaN(today.getTime())) {
  console.error(`--today wants a date like 2027-01-31, not ${todayArg ?? ''}`);
  process.exit(2);
}
const message = electronSupportMessage(electronSupportStatus(pinned, today));
if (message !== null) console.log(message);
