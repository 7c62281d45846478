import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultBackupDir, DEFAULT_BACKUP_KEEP } from './backup/backupFiles';
import { errorCode } from './errorCode';

export interface HubOptions {
  port: number;
  host: string;
  dataDir: string;
  rendererDir: string;
  /** Where the hub's backups go: `--backup-dir`, else `<dataDir>/backups`. */
  backupDir: string;
}

export type HubArgsResult =
  /** `build`: build the renderer into dist/renderer first (what `npm run hub` asks for). */
  | { ok: true; help: false; command: 'serve'; options: HubOptions; build: boolean }
  /** `--new-host-code`: write a fresh first-host code into the data folder, print it, exit. */
  | { ok: true; help: false; command: 'newHostCode'; dataDir: string }
  /** `--backup-now`: back the database up into the backup folder, check it, print where, exit. */
  | { ok: true; help: false; command: 'backupNow'; dataDir: string; backupDir: string }
  /** `--restore <file>`: put a backup in place of the database while no hub runs on the folder. */
  | { ok: true; help: false; command: 'restore'; dataDir: string; backupDir: string; file: string }
  | { ok: true; help: true }
  | { ok: false; error: string };

export const DEFAULT_HUB_PORT = 4870;
// A hub exists to be reached from the other machines of the site, so it listens on every interface.
export const DEFAULT_HUB_HOST = '0.0.0.0';
export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

export const HUB_USAGE_LINE =
  'Usage: npm run hub -- --data <folder> [--port <number>] [--host <address>] [--renderer <folder>] [--backup-dir <folder>] | --data <folder> --new-host-code | --data <folder> --backup-now | --data <folder> --restore <file>';

const MAX_PORT = 65_535;

export const HUB_HELP = [
  HUB_USAGE_LINE,
  '',
  '  --data <folder>      Folder where the hub keeps its data (required; created if missing).',
  `  --port <number>      TCP port to listen on, 0 picks a free one (default ${DEFAULT_HUB_PORT}).`,
  `  --host <address>     Address to listen on (default ${DEFAULT_HUB_HOST}: every network interface).`,
  '  --renderer <folder>  Built renderer to serve (default dist/renderer, which npm run hub',
  '                       builds first, once the command line is checked).',
  '  --backup-dir <folder>',
  '                       Folder for the hub\'s backups (default <data folder>/backups). A backup on',
  '                       the same disk dies with it: a USB stick or a network folder is safer. The',
  '                       hub backs up every night after 03:00 hub time and before it upgrades its',
  `                       database, and keeps the newest ${String(DEFAULT_BACKUP_KEEP)}.`,
  '  --new-host-code      Print a fresh one-time code for the first host desk (valid 30 minutes)',
  '                       and exit; works while the hub runs, as long as it has no host desk yet.',
  '  --backup-now         Back the database up now (also while the hub runs), check the backup,',
  '                       print where it is and exit.',
  '  --restore <file>     Replace the database with a backup, once checked, and exit. Stop the hub',
  '                       first. The current state is backed up before; paired machines download',
  '                       everything again at their next connection and keep unsent changes.',
  '  --help               Show this help.',
].join('\n');

/** Pure: no file system access, so every wording of a mistake can be unit-tested. */
export function parseHubArgs(argv: readonly string[], defaultRendererDir = DEFAULT_RENDERER_DIR): HubArgsResult {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        renderer: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        'new-host-code': { type: 'boolean' },
        'backup-dir': { type: 'string' },
        'backup-now': { type: 'boolean' },
        restore: { type: 'string' },
        // Set by the npm script, not typed by people: the help does not list it.
        build: { type: 'boolean' },
      },
    }));
  } catch (error) {
    return { ok: false, error: negativePort(argv) ?? describeParseError(error) };
  }

  if (values.help === true) return { ok: true, help: true };

  const port = parsePort(values.port);
  if (typeof port === 'string') return { ok: false, error: port };

  const host = values.host ?? DEFAULT_HUB_HOST;
  if (host.trim() === '') return { ok: false, error: 'The --host value is empty. Give an address such as 0.0.0.0 or 127.0.0.1.' };

  if (values.data === undefined) {
    return { ok: false, error: 'Missing --data: tell the hub which folder holds its data, for example --data ./hub-data.' };
  }
  if (values.data.trim() === '') return { ok: false, error: 'The --data value is empty. Give a folder, for example --data ./hub-data.' };
  if (values.renderer?.trim() === '') return { ok: false, error: 'The --renderer value is empty. Give the folder of the built renderer.' };
  if (values['backup-dir']?.trim() === '') return { ok: false, error: 'The --backup-dir value is empty. Give a folder, for example --backup-dir /media/usb/landhub-backups.' };
  if (values.restore?.trim() === '') return { ok: false, error: 'The --restore value is empty. Give the backup file to restore, for example --restore ./hub-data/backups/hub-2026-12-04T03-00-00-000Z.sqlite.' };

  const dataDir = resolve(values.data);
  const backupDir = resolve(values['backup-dir'] ?? defaultBackupDir(dataDir));
  const commands = (['new-host-code', 'backup-now', 'restore'] as const).filter((name) => values[name] !== undefined);
  if (commands.length > 1) return { ok: false, error: `--${commands[0] ?? ''} and --${commands[1] ?? ''} cannot be combined: run them one after the other.` };
  const serveOnly = (['port', 'host', 'renderer'] as const).find((name) => values[name] !== undefined);

  if (values['new-host-code'] === true) {
    const extra = serveOnly ?? (values['backup-dir'] === undefined ? undefined : 'backup-dir');
    if (extra) return { ok: false, error: `--new-host-code takes only --data (it writes a new code into that folder and exits), not --${extra}.` };
    return { ok: true, help: false, command: 'newHostCode', dataDir };
  }
  if (values['backup-now'] === true) {
    if (serveOnly) return { ok: false, error: `--backup-now takes only --data and --backup-dir (it backs up and exits), not --${serveOnly}.` };
    return { ok: true, help: false, command: 'backupNow', dataDir, backupDir };
  }
  if (values.restore !== undefined) {
    if (serveOnly) return { ok: false, error: `--restore takes only --data and --backup-dir (it restores and exits; start the hub afterwards), not --${serveOnly}.` };
    return { ok: true, help: false, command: 'restore', dataDir, backupDir, file: resolve(values.restore) };
  }

  return {
    ok: true,
    help: false,
    command: 'serve',
    // A renderer folder of one's own is served as it is.
    build: values.build === true && values.renderer === undefined,
    options: {
      port,
      host: host.trim(),
      dataDir,
      rendererDir: resolve(values.renderer ?? defaultRendererDir),
      backupDir,
    },
  };
}

const portRange = (raw: string) => `The port ${raw} is out of range. Use a number from 0 to ${MAX_PORT}.`;

/** parseArgs reads `--port -1` as a flag without its value; it is a port below the range. */
function negativePort(argv: readonly string[]): string | null {
  const value = argv[argv.indexOf('--port') + 1];
  return argv.includes('--port') && value !== undefined && /^-\d+$/.test(value) ? portRange(value) : null;
}

/** Returns the port, or a sentence explaining what is wrong with it. */
function parsePort(raw: string | undefined): number | string {
  if (raw === undefined) return DEFAULT_HUB_PORT;
  if (/^-\d+$/.test(raw)) return portRange(raw);
  // Number('') is 0 and Number('1e3') is 1000: only plain digits are a port.
  if (!/^\d+$/.test(raw)) return `The port "${raw}" is not a whole number. Use a number from 0 to ${MAX_PORT}.`;
  const port = Number(raw);
  if (port > MAX_PORT) return portRange(raw);
  return port;
}

/** parseArgs reports mistakes in developer wording with a code; a hub operator gets a sentence. */
function describeParseError(error: unknown): string {
  const code = errorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  // parseArgs quotes the offending token first, e.g. "Option '--port <value>' argument missing".
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  const flag = quoted.split(/[\s,]/)[0] ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${flag}. Run with --help to see the options.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (message.includes('does not take an argument')) return `The option ${quoted.split(', ').pop() ?? flag} takes no value.`;
      return `The option ${flag} needs a value, for example ${flag} ${exampleValue(flag)}.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Unexpected argument "${quoted}": every setting needs its option name, for example --data ./hub-data.`;
    default:
      return message;
  }
}

function exampleValue(flag: string | undefined): string {
  switch (flag) {
    case '--port':
      return String(DEFAULT_HUB_PORT);
    case '--host':
      return DEFAULT_HUB_HOST;
    case '--renderer':
      return './dist/renderer';
    case '--restore':
      return './hub-data/backups/hub-2026-12-04T03-00-00-000Z.sqlite';
    default:
      return './hub-data';
  }
}
