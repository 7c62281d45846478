/**
 * Runs the real `tsx main/hub/cli.ts` as a child process, the way `npm run hub` does, for tests
 * that need a hub they can kill or restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const tsxBin = join(repoRoot, 'node_modules', '.bin', 'tsx');
export const LISTENING = /^Landhub hub listening on (http:\/\/127\.0\.0\.1:(\d+))$/m;
// tsx compiles on start; a loaded CI machine can take several seconds.
const START_TIMEOUT_MS = 20_000;
export const TEST_TIMEOUT_MS = 40_000;

export interface HubProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const children: ChildProcess[] = [];

export function runHub(args: string[]): HubProcess {
  // Own process group, so cleanup can also reach the node process tsx starts underneath.
  const child = spawn(tsxBin, ['main/hub/cli.ts', ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => {
      resolve({ code, signal });
    });
  });
  return { child, stdout: () => out, stderr: () => err, exited };
}

export async function waitForListening(hub: HubProcess): Promise<{ url: string; port: number }> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const match = LISTENING.exec(hub.stdout());
    if (match?.[1]) return { url: match[1], port: Number(match[2]) };
    const exited = hub.child.exitCode !== null || hub.child.signalCode !== null;
    if (exited || Date.now() > deadline) {
      throw new Error(`hub did not start.\nstdout: ${hub.stdout()}\nstderr: ${hub.stderr()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}


/** SIGKILLs every hub a test started that is still running (its whole process group). */
export function killHubProcesses(): void {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone between the check and the kill.
      }
    }
  }
}
