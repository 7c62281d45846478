/**
 * For tests of the real hub process: which process is the hub (tsx starts node underneath),
 * and how many file descriptors it holds open (Linux /proc).
 */
import { readdirSync, readFileSync } from 'node:fs';

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

function runsHubCli(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('main/hub/cli.ts');
  } catch {
    return false;
  }
}

/**
 * The node process that runs main/hub/cli.ts: the deepest one under `root` with that script on
 * its command line (tsx starts node underneath, which starts an esbuild helper of its own).
 */
export function hubPid(root: number): number {
  const deeper = childrenOf(root).filter(runsHubCli).map(hubPid);
  return deeper[0] ?? root;
}

export function openFileDescriptors(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length;
}
