import { createServer as createNetServer, type Server as NetServer } from 'node:net';
/** Helpers for the hub's tests: a fake renderer build and raw HTTP requests that keep `..` intact. */
import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FAKE_INDEX_HTML = '<!doctype html><html><head><title>Landhub test</title></head><body></body></html>\n';
export const FAKE_ASSET_JS = 'console.log("landhub test asset");\n';
export const FAKE_ASSET_NAME = 'index-3f9a1c2b.js';

export async function makeTempDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `landhub-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A stand-in for dist/renderer, so tests never depend on a vite build having run. */
export async function writeFakeRenderer(dir: string): Promise<void> {
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(dir, 'index.html'), FAKE_INDEX_HTML);
  await writeFile(join(dir, 'assets', FAKE_ASSET_NAME), FAKE_ASSET_JS);
  await writeFile(join(dir, 'assets', 'logo-12ab34cd.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(dir, 'manifest.webmanifest'), '{"name":"Landhub"}');
  await writeFile(join(dir, 'favicon.ico'), Buffer.from([0, 0, 1, 0]));
  await writeFile(join(dir, '.secret'), 'never served');
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** fetch() normalises `/../x` away before sending; an attacker's client does not, so neither do we. */
export function rawRequest(port: number, path: string, method = 'GET', headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Holds a loopback port, so a test can check what the hub says when its port is taken. */
export function occupyPort(): Promise<{ port: number; server: NetServer }> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('no port'));
      else resolve({ port: address.port, server });
    });
  });
}
