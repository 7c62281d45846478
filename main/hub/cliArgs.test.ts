import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HUB_HOST, DEFAULT_HUB_PORT, DEFAULT_RENDERER_DIR, HUB_HELP, parseHubArgs, type HubArgsResult, type HubOptions } from './cliArgs';

function errorOf(result: HubArgsResult): string {
  if (result.ok) throw new Error(`expected a parse error, got ${JSON.stringify(result)}`);
  return result.error;
}

function optionsOf(result: HubArgsResult): HubOptions {
  if (!result.ok || result.help || result.command !== 'serve') throw new Error(`expected hub options, got ${JSON.stringify(result)}`);
  return result.options;
}

describe('parseHubArgs', () => {
  it('applies defaults: LAN-wide host, port 4870, renderer in dist/renderer', () => {
    expect(parseHubArgs(['--data', 'hub-data'])).toEqual({
      ok: true,
      help: false,
      command: 'serve',
      build: false,
      options: { port: DEFAULT_HUB_PORT, host: DEFAULT_HUB_HOST, dataDir: resolve('hub-data'), rendererDir: DEFAULT_RENDERER_DIR, backupDir: resolve('hub-data', 'backups') },
    });
    expect(DEFAULT_HUB_PORT).toBe(4870);
    expect(DEFAULT_HUB_HOST).toBe('0.0.0.0');
    expect(DEFAULT_RENDERER_DIR).toBe(resolve(import.meta.dirname, '../../dist/renderer'));
  });

  it('reads every flag, in both --flag value and --flag=value forms', () => {
    const result = parseHubArgs(['--port=0', '--host', '127.0.0.1', '--data=/srv/hub', '--renderer', '/opt/ui']);
    expect(result).toEqual({
      ok: true,
      help: false,
      command: 'serve',
      build: false,
      options: { port: 0, host: '127.0.0.1', dataDir: resolve('/srv/hub'), rendererDir: resolve('/opt/ui'), backupDir: resolve('/srv/hub/backups') },
    });
  });

  it('accepts the port range ends', () => {
    for (const port of [0, 1, 65_535]) {
      const result = parseHubArgs(['--data', 'd', '--port', String(port)]);
      expect(optionsOf(result).port).toBe(port);
    }
  });

  it('builds the renderer first only when asked (npm run hub) and serving the default folder', () => {
    expect(parseHubArgs(['--data', 'd', '--build'])).toMatchObject({ ok: true, build: true });
    expect(parseHubArgs(['--data', 'd'])).toMatchObject({ ok: true, build: false });
    expect(parseHubArgs(['--data', 'd', '--build', '--renderer', '/opt/ui'])).toMatchObject({ ok: true, build: false });
    expect(parseHubArgs(['--build', '--help'])).toEqual({ ok: true, help: true });
  });

  it('takes the renderer default from the caller', () => {
    const result = parseHubArgs(['--data', 'd'], '/elsewhere/renderer');
    expect(optionsOf(result).rendererDir).toBe(resolve('/elsewhere/renderer'));
  });

  it('returns help for --help and -h, even without --data', () => {
    expect(parseHubArgs(['--help'])).toEqual({ ok: true, help: true });
    expect(parseHubArgs(['-h'])).toEqual({ ok: true, help: true });
  });

  it('names an unknown flag', () => {
    expect(errorOf(parseHubArgs(['--data', 'd', '--prot', '80']))).toBe('Unknown option --prot. Run with --help to see the options.');
    expect(errorOf(parseHubArgs(['-x']))).toBe('Unknown option -x. Run with --help to see the options.');
  });

  it('says which flag is missing its value', () => {
    expect(errorOf(parseHubArgs(['--data', 'd', '--port']))).toBe('The option --port needs a value, for example --port 4870.');
    expect(errorOf(parseHubArgs(['--data']))).toBe('The option --data needs a value, for example --data ./hub-data.');
    // A following flag is not taken as the value.
    expect(errorOf(parseHubArgs(['--port', '--data', 'd']))).toBe('The option --port needs a value, for example --port 4870.');
  });

  it('refuses a value on --help', () => {
    expect(errorOf(parseHubArgs(['--help=yes']))).toBe('The option --help takes no value.');
  });

  it('refuses a bare word', () => {
    expect(errorOf(parseHubArgs(['hub-data']))).toBe(
      'Unexpected argument "hub-data": every setting needs its option name, for example --data ./hub-data.',
    );
  });

  it.each(['abc', '', '80.5', '1e3', ' 80', '0x50'])('refuses the non-number port %j', (port) => {
    expect(errorOf(parseHubArgs(['--data', 'd', `--port=${port}`]))).toBe(
      `The port "${port}" is not a whole number. Use a number from 0 to 65535.`,
    );
  });

  it('refuses a port out of range', () => {
    // parseArgs alone would call "--port -1" a flag without its value.
    expect(errorOf(parseHubArgs(['--data', 'd', '--port', '-1']))).toBe('The port -1 is out of range. Use a number from 0 to 65535.');
    expect(errorOf(parseHubArgs(['--data', 'd', '--port=-1']))).toBe('The port -1 is out of range. Use a number from 0 to 65535.');
    expect(errorOf(parseHubArgs(['--data', 'd', '--port', '65536']))).toBe('The port 65536 is out of range. Use a number from 0 to 65535.');
    expect(errorOf(parseHubArgs(['--data', 'd', '--port', '99999999999999999999']))).toMatch(/out of range/);
  });

  it('requires --data and a non-empty one', () => {
    expect(errorOf(parseHubArgs([]))).toBe('Missing --data: tell the hub which folder holds its data, for example --data ./hub-data.');
    expect(errorOf(parseHubArgs(['--data='])).includes('--data value is empty')).toBe(true);
  });

  it('refuses empty --host and --renderer values', () => {
    expect(errorOf(parseHubArgs(['--data', 'd', '--host='])).includes('--host value is empty')).toBe(true);
    expect(errorOf(parseHubArgs(['--data', 'd', '--renderer='])).includes('--renderer value is empty')).toBe(true);
  });

  it('reads --new-host-code with --data only, and says why anything else is wrong', () => {
    expect(parseHubArgs(['--data', 'hub-data', '--new-host-code'])).toEqual({ ok: true, help: false, command: 'newHostCode', dataDir: resolve('hub-data') });
    expect(errorOf(parseHubArgs(['--new-host-code']))).toBe('Missing --data: tell the hub which folder holds its data, for example --data ./hub-data.');
    expect(errorOf(parseHubArgs(['--data', 'd', '--new-host-code', '--port', '80']))).toBe(
      '--new-host-code takes only --data (it writes a new code into that folder and exits), not --port.',
    );
    expect(errorOf(parseHubArgs(['--data', 'd', '--new-host-code=yes']))).toBe('The option --new-host-code takes no value.');
    expect(errorOf(parseHubArgs(['--data', 'd', '--new-hostcode']))).toBe('Unknown option --new-hostcode. Run with --help to see the options.');
    expect(HUB_HELP).toMatch(/--new-host-code {6}Print a fresh one-time code for the first host desk/);
    expect(errorOf(parseHubArgs(['--data', 'd', '--new-host-code', '--backup-dir', '/b']))).toBe(
      '--new-host-code takes only --data (it writes a new code into that folder and exits), not --backup-dir.',
    );
  });

  it('takes the backup folder from --backup-dir, else beside the data', () => {
    expect(optionsOf(parseHubArgs(['--data', '/srv/hub', '--backup-dir', '/media/usb/backups'])).backupDir).toBe(resolve('/media/usb/backups'));
    expect(optionsOf(parseHubArgs(['--data', '/srv/hub'])).backupDir).toBe(resolve('/srv/hub/backups'));
    expect(errorOf(parseHubArgs(['--data', 'd', '--backup-dir=']))).toBe('The --backup-dir value is empty. Give a folder, for example --backup-dir /media/usb/landhub-backups.');
    expect(errorOf(parseHubArgs(['--data', 'd', '--backup-dir']))).toBe('The option --backup-dir needs a value, for example --backup-dir ./hub-data.');
  });

  it('reads --backup-now with --data and --backup-dir only', () => {
    expect(parseHubArgs(['--data', 'hub-data', '--backup-now'])).toEqual({ ok: true, help: false, command: 'backupNow', dataDir: resolve('hub-data'), backupDir: resolve('hub-data/backups') });
    expect(parseHubArgs(['--data', 'hub-data', '--backup-now', '--backup-dir', '/usb'])).toMatchObject({ command: 'backupNow', backupDir: resolve('/usb') });
    expect(errorOf(parseHubArgs(['--backup-now']))).toMatch(/^Missing --data/);
    expect(errorOf(parseHubArgs(['--data', 'd', '--backup-now', '--port', '80']))).toBe('--backup-now takes only --data and --backup-dir (it backs up and exits), not --port.');
    expect(errorOf(parseHubArgs(['--data', 'd', '--backup-now=yes']))).toBe('The option --backup-now takes no value.');
  });

  it('reads --restore <file> with --data and --backup-dir only, one command at a time', () => {
    expect(parseHubArgs(['--data', 'hub-data', '--restore', 'old.sqlite'])).toEqual({
      ok: true, help: false, command: 'restore', dataDir: resolve('hub-data'), backupDir: resolve('hub-data/backups'), file: resolve('old.sqlite'),
    });
    expect(errorOf(parseHubArgs(['--data', 'd', '--restore']))).toBe('The option --restore needs a value, for example --restore ./hub-data/backups/hub-2026-12-04T03-00-00-000Z.sqlite.');
    expect(errorOf(parseHubArgs(['--data', 'd', '--restore=']))).toMatch(/^The --restore value is empty\./);
    expect(errorOf(parseHubArgs(['--data', 'd', '--restore', 'x', '--host', '0.0.0.0']))).toMatch(/^--restore takes only --data and --backup-dir .*not --host\.$/);
    expect(errorOf(parseHubArgs(['--data', 'd', '--backup-now', '--restore', 'x']))).toBe('--backup-now and --restore cannot be combined: run them one after the other.');
    expect(HUB_HELP).toContain('--restore <file>');
    expect(HUB_HELP).toContain('--backup-now');
  });
});
