import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RunningHub {
  url: string;
  stop: () => Promise<void>;
  /** Everything the hub printed so far, stdout and stderr. */
  output: () => string;
  /** The one-time code for the first host desk that a new hub prints ("1234 5678" → "12345678"). */
  firstHostCode: () => Promise<string>;
}

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const tsxBin = join(repoRoot, 'node_modules', '.bin', 'tsx');
const LISTENING = /Landhub hub listening on (http:\/\/\S+)/;
const FIRST_HOST_CODE = /one-time code: (\d{4}) (\d{4})/;
const START_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;

/** Hubs still running, so a crashed test run does not leave orphans behind. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

/**
 * Starts the real hub CLI (the same code `npm run hub` runs) on a free port with a new data
 * folder, empty unless `prepare` fills it. tsx runs the hub in a child node process of its own,
 * so the hub gets its own process group and stop() signals the whole group.
 */
export async function startHub(options: { rendererDir?: string; clockOffsetMs?: number; prepare?: (dataDir: string) => Promise<void> } = {}): Promise<RunningHub> {
  const dataDir = await mkdtemp(join(tmpdir(), 'landhub-e2e-'));
  // Data the hub starts with (the demo hub), written into its folder before it opens it.
  await options.prepare?.(dataDir);
  // A shifted clock runs the same CLI through a harness that moves the process's wall clock.
  const entry = options.clockOffsetMs === undefined ? 'main/hub/cli.ts' : 'tests/e2e/support/hubAtShiftedClock.ts';
  const args = [entry, '--port', '0', '--host', '127.0.0.1', '--data', dataDir];
  if (options.rendererDir) args.push('--renderer', options.rendererDir);
  const env = { ...process.env, LANDHUB_E2E_CLOCK_OFFSET_MS: String(options.clockOffsetMs ?? 0) };
  const child = spawn(tsxBin, args, { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  running.add(child);
  const exited = new Promise<void>((resolve) => { child.once('exit', () => { running.delete(child); resolve(); }); });

  let output = '';
  // The code line may arrive in a later chunk than the "listening" line.
  let codeSeen: (code: string) => void = () => undefined;
  const codePrinted = new Promise<string>((resolve) => { codeSeen = resolve; });
  let stdoutText = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdoutText += chunk.toString('utf8');
    const code = FIRST_HOST_CODE.exec(stdoutText);
    if (code?.[1] && code[2]) codeSeen(code[1] + code[2]);
  });
  const listening = new Promise<string>((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      killGroup(child, 'SIGKILL');
      reject(error);
    };
    const timer = setTimeout(() => { fail(new Error(`The hub did not start within ${START_TIMEOUT_MS} ms. Output:\n${output}`)); }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = LISTENING.exec(output);
      if (match?.[1] && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => { output += chunk.toString('utf8'); });
    child.once('error', fail);
    child.once('exit', (code, signal) => { fail(new Error(`The hub exited (code ${String(code)}, signal ${String(signal)}) before listening. Output:\n${output}`)); });
  });
  let url: string;
  try {
    url = await listening;
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => { killGroup(child, 'SIGKILL'); }, STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    }
    // tsx's inner node may outlive the wrapper by a moment; nothing of the group may survive the test.
    killGroup(child, 'SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  };
  const firstHostCode = async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => { reject(new Error(`The hub printed no first-host code. Output:\n${output}`)); }, 5_000);
    });
    try {
      return await Promise.race([codePrinted, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
  return { url, stop, output: () => output, firstHostCode };
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}
