/**
 * `npm run hub -- --data <folder> [--port N] [--host ADDR]`: the hub without Electron;
 * `npm run hub -- --data <folder> --new-host-code` prints a fresh first-host code and exits.
 * Exit codes: 0 stopped by a signal, --help or a code printed, 1 could not start (or the hub
 * already has a host desk), 2 wrong command line.
 */
import { HUB_HELP, HUB_USAGE_LINE, parseHubArgs } from './cliArgs';
import { HubStartupError } from './hubStartupError';
import { newFirstHostCode, startHub } from './hubService';
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

function firstHostCodeLine(where: string, { code, expiresAt }: { code: string; expiresAt: string }): string {
  return `open ${where} on the host desk, choose "Connect to a hub" and enter this one-time code: ${code.slice(0, 4)} ${code.slice(4)} (valid until ${expiresAt}; a new one: npm run hub -- --data <folder> --new-host-code).`;
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
