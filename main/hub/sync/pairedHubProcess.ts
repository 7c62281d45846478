/**
 * For tests that need the real hub process (`tsx main/hub/cli.ts`) with a paired host desk:
 * the process, its address, its pid (to count its file descriptors) and the host's token.
 */
import { join } from 'node:path';
import { runHub, waitForListening, type HubProcess } from '../hubProcessSupport';
import { hubPid } from '../processFds';
import { writeFakeRenderer } from '../testSupport';
import { pair } from './syncTestClient';

export interface PairedHubProcess {
  process: HubProcess;
  url: string;
  port: number;
  /** The node process that runs the hub (tsx starts it underneath). */
  pid: number;
  host: { deviceId: string; token: string };
  dataDir: string;
}

export async function startPairedHubProcess(tempDir: string): Promise<PairedHubProcess> {
  const dataDir = join(tempDir, 'data');
  const rendererDir = join(tempDir, 'renderer');
  await writeFakeRenderer(rendererDir);
  const process = runHub(['--host', '127.0.0.1', '--port', '0', '--data', dataDir, '--renderer', rendererDir]);
  const { url, port } = await waitForListening(process);
  const code = /one-time code: (\d{4}) (\d{4})/.exec(process.stdout());
  if (!code) throw new Error(`no first host code in: ${process.stdout()}`);
  const host = await pair({ url }, `${code[1] ?? ''}${code[2] ?? ''}`, 'Host desk');
  const root = process.child.pid;
  if (root === undefined) throw new Error('the hub process has no pid');
  return { process, url, port, pid: hubPid(root), host, dataDir };
}

export async function healthOf(url: string): Promise<{ status: number; body: { ok: boolean; reason?: string; latestSeq?: number } }> {
  const response = await fetch(`${url}/healthz`);
  return { status: response.status, body: (await response.json()) as { ok: boolean; reason?: string; latestSeq?: number } };
}
