/**
 * Runs the real `tsx main/hub/cli.ts` as a child process, the way `npm run hub` does
 * (minus the vite build: a fake renderer folder is passed with --renderer).
 */
import { spawnSync } from 'node:child_process';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@core/contentSecurityPolicy';
import { connectThisMachine } from '@core/pairingNames';
import { HUB_HELP } from './cliArgs';
import { killHubProcesses, repoRoot, runHub, TEST_TIMEOUT_MS, waitForListening } from './hubProcessSupport';
import { FAKE_INDEX_HTML, makeTempDir, occupyPort, rawRequest, writeFakeRenderer } from './testSupport';

async function eventuallyHealthy(url: string): Promise<{ backup?: { lastFile: string | null } }> {
  for (let tries = 0; ; tries += 1) {
    const body = (await (await fetch(`${url}/healthz`)).json()) as { backup?: { lastFile: string | null } };
    if (body.backup?.lastFile || tries > 100) return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const packageVersion = (JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

describe('hub CLI (real child process)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let rendererDir: string;
  let dataDir: string;
  const baseArgs = (): string[] => ['--host', '127.0.0.1', '--port', '0', '--data', dataDir, '--renderer', rendererDir];

  beforeEach(async () => {
    temp = await makeTempDir('cli');
    rendererDir = join(temp.dir, 'renderer');
    dataDir = join(temp.dir, 'data', 'hub');
    await writeFakeRenderer(rendererDir);
  });

  afterEach(async () => {
    killHubProcesses();
    await temp.remove();
  });

  it(
    'starts on a free port, serves health and the renderer, refuses traversal',
    async () => {
      const hub = runHub(baseArgs());
      const { url, port } = await waitForListening(hub);
      expect(port).toBeGreaterThan(0);
      const lines = hub.stdout().trim().split('\n');
      expect(lines[0]).toBe(`Landhub hub listening on ${url}`);
      // A new hub has no host desk yet: it prints the one-time code that pairs the first one.
      expect(lines[1]).toMatch(/^First start: .* one-time code: \d{4} \d{4} \(valid until .+\)\.$/);
      // The very words of the button the host desk shows.
      expect(lines[1]).toContain(`choose "${connectThisMachine.en}"`);
      expect(lines).toHaveLength(2);
      expect((await stat(dataDir)).isDirectory()).toBe(true);

      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      const body = (await health.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ ok: true, version: packageVersion });
      expect(typeof body.startedAt).toBe('string');

      const index = await fetch(`${url}/`);
      expect(index.status).toBe(200);
      expect(await index.text()).toBe(FAKE_INDEX_HTML);
      expect(index.headers.get('content-security-policy')).toBe(contentSecurityPolicy);

      for (const path of ['/../package.json', '/%2e%2e/package.json', '/..%2F..%2Fpackage.json']) {
        const response = await rawRequest(port, path);
        expect(response.status, path).toBe(400);
        expect(response.body).not.toContain('"name"');
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'stops cleanly with exit code 0 on SIGTERM, even with a keep-alive client connected',
    async () => {
      const hub = runHub(baseArgs());
      const { url } = await waitForListening(hub);
      // fetch keeps the connection alive by default: the idle socket must not hold shutdown up.
      await (await fetch(`${url}/healthz`)).text();
      hub.child.kill('SIGTERM');
      expect(await hub.exited).toEqual({ code: 0, signal: null });
      expect(hub.stdout()).toContain('Landhub hub stopped.');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'stops cleanly with exit code 0 on SIGINT',
    async () => {
      const hub = runHub(baseArgs());
      await waitForListening(hub);
      hub.child.kill('SIGINT');
      expect(await hub.exited).toEqual({ code: 0, signal: null });
      expect(hub.stdout()).toContain('Landhub hub stopped.');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'exits 2 with a clear message and the usage line on an unknown flag',
    async () => {
      const hub = runHub([...baseArgs(), '--bogus']);
      expect((await hub.exited).code).toBe(2);
      expect(hub.stderr()).toContain('Unknown option --bogus. Run with --help to see the options.');
      expect(hub.stderr()).toContain('Usage: npm run hub -- --data <folder>');
      expect(hub.stdout()).toBe('');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'exits 2 when --data is missing or the port is not a number',
    async () => {
      const noData = runHub(['--port', '0']);
      const badPort = runHub(['--data', dataDir, '--port', 'eighty']);
      expect((await noData.exited).code).toBe(2);
      expect(noData.stderr()).toContain('Missing --data');
      expect((await badPort.exited).code).toBe(2);
      expect(badPort.stderr()).toContain('The port "eighty" is not a whole number.');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'prints the help and exits 0 on --help',
    async () => {
      const hub = runHub(['--help']);
      expect((await hub.exited).code).toBe(0);
      expect(hub.stdout()).toContain('--data <folder>');
      expect(hub.stdout()).toContain('--port <number>');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'exits 1 with a clear message when the port is already in use',
    async () => {
      const blocker = await occupyPort();
      try {
        const hub = runHub(['--host', '127.0.0.1', '--port', String(blocker.port), '--data', dataDir, '--renderer', rendererDir]);
        expect((await hub.exited).code).toBe(1);
        expect(hub.stderr().trim()).toBe(
          `Port ${blocker.port} is already in use. Stop the other program or choose another port with --port.`,
        );
        expect(hub.stdout()).toBe('');
        // Nothing left behind: not even the data folder, let alone a hub.sqlite.
        await expect(stat(dataDir)).rejects.toThrow();
      } finally {
        await new Promise((resolve) => blocker.server.close(resolve));
      }
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'exits 1 with a clear message when --data points under a regular file',
    async () => {
      const file = join(temp.dir, 'notes.txt');
      await writeFile(file, 'just a file');
      const hub = runHub(['--host', '127.0.0.1', '--port', '0', '--data', join(file, 'hub'), '--renderer', rendererDir]);
      expect((await hub.exited).code).toBe(1);
      expect(hub.stderr().trim()).toBe(
        `Cannot create the data folder ${join(file, 'hub')}: ${file} is a file, not a folder. Choose another folder with --data.`,
      );
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'exits 1 at once with a plain sentence when --data is a place where no folder can be made',
    async () => {
      const hub = runHub(['--host', '127.0.0.1', '--port', '0', '--data', '/proc/landhub-hub', '--renderer', rendererDir]);
      expect((await hub.exited).code).toBe(1);
      expect(hub.stderr().trim()).toBe('Cannot create the data folder /proc/landhub-hub: folders cannot be made in that place. Choose another folder with --data.');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'says a negative port is out of range, not that --port has no value',
    async () => {
      const hub = runHub(['--data', dataDir, '--port', '-1']);
      expect((await hub.exited).code).toBe(2);
      expect(hub.stderr().trim().split('\n')[0]).toBe('The port -1 is out of range. Use a number from 0 to 65535.');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'npm run hub checks the command line before it builds the renderer: --help is only the help',
    () => {
      const npm = spawnSync('npm', ['run', '--silent', 'hub', '--', '--help'], { cwd: repoRoot, encoding: 'utf8' });
      expect(npm.status, npm.stderr).toBe(0);
      expect(npm.stdout).toBe(`${HUB_HELP}\n`);
      const wrong = spawnSync('npm', ['run', '--silent', 'hub', '--', '--data', dataDir, '--prot', '80'], { cwd: repoRoot, encoding: 'utf8' });
      expect(wrong.status).toBe(2);
      expect(wrong.stdout).toBe('');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'exits 1 and says to build when the renderer folder has no index.html',
    async () => {
      const missing = join(temp.dir, 'not-built');
      const hub = runHub(['--host', '127.0.0.1', '--port', '0', '--data', dataDir, '--renderer', missing]);
      expect((await hub.exited).code).toBe(1);
      expect(hub.stderr().trim()).toBe(`The renderer is not built (no index.html in ${missing}). Run npm run build:web first.`);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'prints a fresh first-host code with --new-host-code while the hub runs, and refuses once the hub has a host',
    async () => {
      const hub = runHub(baseArgs());
      const { url } = await waitForListening(hub);
      const printed = /one-time code: (\d{4}) (\d{4})/.exec(hub.stdout());
      const renew = runHub(['--data', dataDir, '--new-host-code']);
      expect(await renew.exited).toEqual({ code: 0, signal: null });
      const fresh = /^New code: .* one-time code: (\d{4}) (\d{4}) \(valid until (\S+);/.exec(renew.stdout());
      expect(fresh, renew.stdout() + renew.stderr()).not.toBeNull();
      const [, first = '', second = '', validUntil = ''] = fresh ?? [];
      expect(`${first}${second}`).not.toBe(`${printed?.[1] ?? ''}${printed?.[2] ?? ''}`);
      // Half an hour, not a day: the code is a door into a hub without a host.
      expect(Date.parse(validUntil) - Date.now()).toBeLessThanOrEqual(30 * 60_000);

      // The running hub takes the code another process wrote into its database.
      const paired = await fetch(`${url}/api/pair`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ code: `${first}${second}`, name: 'Host desk', deviceId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' }),
      });
      expect(paired.status).toBe(200);
      expect(await paired.json()).toMatchObject({ role: 'host', lastMutation: 0 });

      const refused = runHub(['--data', dataDir, '--new-host-code']);
      expect((await refused.exited).code).toBe(1);
      expect(refused.stderr().trim()).toBe('This hub already has a host desk. Create codes for new machines on a host desk, in Settings → Machines.');
      expect(refused.stdout()).toBe('');
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'exits 2 when --new-host-code comes with flags it does not use',
    async () => {
      const hub = runHub(['--data', dataDir, '--new-host-code', '--port', '0']);
      expect((await hub.exited).code).toBe(2);
      expect(hub.stderr()).toContain('--new-host-code takes only --data (it writes a new code into that folder and exits), not --port.');
      expect(hub.stdout()).toBe('');
    },
    TEST_TIMEOUT_MS,
  );
  it(
    'backs up into --backup-dir, with --backup-now, and restores it once the hub has stopped; says why it cannot',
    async () => {
      const backupDir = join(temp.dir, 'usb', 'landhub');
      const none = runHub(['--data', dataDir, '--backup-now']);
      expect((await none.exited).code).toBe(1);
      expect(none.stderr().trim()).toBe(`There is no hub database at ${join(dataDir, 'hub.sqlite')} to back up. Check the --data folder.`);

      const hub = runHub([...baseArgs(), '--backup-dir', backupDir]);
      const { url } = await waitForListening(hub);
      // A new hub backs up at its first start: the nightly backup is due, and /healthz says so.
      const health = await eventuallyHealthy(url);
      expect(health.backup?.lastFile).toMatch(/^hub-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.sqlite$/);
      const now = runHub(['--data', dataDir, '--backup-now', '--backup-dir', backupDir]);
      expect((await now.exited).code).toBe(0);
      const file = /^Backup written and checked: (\S+) /.exec(now.stdout())?.[1] ?? '';
      expect(file.startsWith(join(backupDir, 'hub-'))).toBe(true);
      hub.child.kill('SIGTERM');
      await hub.exited;

      await writeFile(join(temp.dir, 'notes.txt'), 'not a database, just notes '.repeat(50));
      const wrongFile = runHub(['--data', dataDir, '--restore', join(temp.dir, 'notes.txt')]);
      expect((await wrongFile.exited).code).toBe(2);
      expect(wrongFile.stderr()).toContain('notes.txt is not a Landhub hub database');
      const restored = runHub(['--data', dataDir, '--backup-dir', backupDir, '--restore', file]);
      expect((await restored.exited).code, restored.stderr()).toBe(0);
      expect(restored.stdout()).toContain(`Restored ${file} into ${dataDir}.`);
    },
    TEST_TIMEOUT_MS,
  );
});
