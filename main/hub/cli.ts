/**
 * `npm run hub -- --data <folder> [--port N] [--host ADDR]`: the hub without Electron;
 * `npm run hub -- --data <folder> --new-host-code` prints a fresh first-host code and exits.
 * Exit codes: 0 stopped by a signal, --help or a code printed, 1 could not start (or the hub
 * already has a host desk), 2 wrong command line.
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
import { DEFAULT_RENDERER_DIR, HUB_HELP, HUB_USAGE_LINE, parseHubArgs } from './cliArgs';
import { prepareDataDir } from './dataDir';
import { errorCode } from './errorCode';
import { HubStartupError } from './hubStartupError';
import { newFirstHostCode, startHub } from './hubService';
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
  if (parsed.newHostCode) {
    const fresh = await newFirstHostCode(parsed.dataDir);
    if (fresh) process.stdout.write(`New code: ${firstHostCodeLine('the hub’s address', fresh)}\n`);
    else fail(1, 'This hub already has a host desk. Create codes for new machines on a host desk, in Settings → Machines.');
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
  process.stdout.write(`Landhub hub listening on ${hub.url}\n`);
  if (hub.firstHostCode) process.stdout.write(`First start: ${firstHostCodeLine(`${hub.url}/`, hub.firstHostCode)}\n`);
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

function fail(code: number, message: string): void {
  process.stderr.write(`${message}\n`);
  process.exitCode = code;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof HubStartupError) fail(1, error.message);
  else {
    console.error(error);
    process.exitCode = 1;
  }
});
