/**
 * `npm run hub -- --data <folder> [--port N] [--host ADDR]`: the hub without Electron;
 * `npm run hub -- --data <folder> --new-host-code` prints a fresh first-host code and exits;
 * `--backup-now` takes a checked backup and prints where; `--restore <file>` puts a backup in
 * place while no hub runs on the folder (main/hub/backup/).
 * Exit codes: 0 stopped by a signal, --help, a code printed, a backup taken or restored; 1 could
 * not start (or the hub already has a host desk; a backup or restore failed, a damaged backup,
 * a hub running on the folder); 2 wrong command line (a restore file that is not a hub's backup).
 *
 * The order matters to someone who made a typo: the command line is checked first, then the
 * port and the data folder, then the renderer is built (`--build`, which npm run hub passes),
 * and only then the hub's database is opened, so a hub that cannot start leaves nothing behind.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectThisMachine } from '@core/pairingNames';
import { BackupError } from './backup/takeBackup';
import { RestoreError, restoreHub } from './backup/restoreHub';
import { DEFAULT_RENDERER_DIR, HUB_HELP, HUB_USAGE_LINE, parseHubArgs } from './cliArgs';
import { prepareDataDir } from './dataDir';
import { errorCode } from './errorCode';
import { HubStartupError } from './hubStartupError';
import { backupHubNow, HUB_DATABASE_FILE, newFirstHostCode, startHub } from './hubService';
import { describeListenError } from './listenErrors';
import { hasRendererIndex } from './staticFiles';

async function main(argv: readonly string[]): Promise<void> {
  const parsed = parseHubArgs(argv);
  if (!parsed.ok) {
    fail(2, `${parsed.error}\n${HUB_USAGE_LINE}`);
    return;
  }
  if (parsed.help) {
    process.stdout.write(`${HUB_HELP}\n`);
    return;
  }
  if (parsed.command === 'newHostCode') {
    const fresh = await newFirstHostCode(parsed.dataDir);
    if (fresh) process.stdout.write(`New code: ${firstHostCodeLine('the hub’s address', fresh)}\n`);
    else fail(1, 'This hub already has a host desk. Create codes for new machines on a host desk, in Settings → Machines.');
    return;
  }
  if (parsed.command === 'backupNow') {
    const done = await backupHubNow(parsed.dataDir, parsed.backupDir);
    process.stdout.write(`Backup written and checked: ${done.file} (${formatBytes(done.bytes)} in ${String(done.ms)} ms).\n`);
    if (done.pruned.length > 0) process.stdout.write(`Deleted ${String(done.pruned.length)} older backup(s), keeping the newest.\n`);
    return;
  }
  if (parsed.command === 'restore') {
    const restored = await restoreHub({ dataDir: parsed.dataDir, databaseFile: join(parsed.dataDir, HUB_DATABASE_FILE), source: parsed.file, backupDir: parsed.backupDir, now: new Date() });
    if (restored.safetyBackup) process.stdout.write(`The state before the restore was backed up to ${restored.safetyBackup.file}.\n`);
    if (restored.damagedKeptAs) process.stdout.write(`The database before the restore was damaged; it was moved to ${restored.damagedKeptAs}.\n`);
    process.stdout.write(`Restored ${parsed.file} into ${parsed.dataDir}. Start the hub again; paired machines download everything once more and keep their unsent changes.\n`);
    return;
  }
  const { options } = parsed;

  await checkPortFree(options.host, options.port);
  await prepareDataDir(options.dataDir);
  if (parsed.build) buildRenderer();
  if (!(await hasRendererIndex(options.rendererDir))) {
    throw new HubStartupError(`The renderer is not built (no index.html in ${options.rendererDir}). Run npm run build:web first.`);
  }

  const hub = await startHub(options);
  const stop = (): void => {
    hub.close().then(
      () => {
        process.stdout.write('Landhub hub stopped.\n');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('The hub did not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // One write: whoever reads the address also gets the first-host code with it.
  const firstStart = hub.firstHostCode ? `First start: ${firstHostCodeLine(`${hub.url}/`, hub.firstHostCode)}\n` : '';
  process.stdout.write(`Landhub hub listening on ${hub.url}\n${firstStart}`);
}

/**
 * Listens on the port for a moment and lets go: a port in use is reported before anything is
 * created. The hub listens for real moments later; another program grabbing the port in
 * between still gets the same sentence from the hub's own listen.
 */
async function checkPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => { reject(new HubStartupError(describeListenError(errorCode(error), host, port))); });
    probe.listen({ port, host, exclusive: true }, () => { probe.close(() => { resolve(); }); });
  });
}

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** `npm run build:web`, run only once the command line has been found right. */
function buildRenderer(): void {
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  if (built.status !== 0) throw new HubStartupError(`Building the renderer into ${DEFAULT_RENDERER_DIR} failed (see above). Fix the build, or run npm run build:web to see it alone.`);
}

function firstHostCodeLine(where: string, { code, expiresAt }: { code: string; expiresAt: string }): string {
  return `open ${where} on the host desk, choose "${connectThisMachine.en}" and enter this one-time code: ${code.slice(0, 4)} ${code.slice(4)} (valid until ${expiresAt}; a new one: npm run hub -- --data <folder> --new-host-code).`;
}

function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function fail(code: number, message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = code;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof HubStartupError || error instanceof BackupError) fail(1, error.message);
  else if (error instanceof RestoreError) fail(error.exitCode, error.message);
  else {
    console.error(error);
    process.exitCode = 1;
  }
});
