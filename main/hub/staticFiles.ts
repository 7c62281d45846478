import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { contentTypeFor } from './contentTypes';
import { errorCode } from './errorCode';
import { sendText } from './sendText';
import { isSourceMapPath, parseStaticPath } from './staticPath';

const INDEX = 'index.html';
// Vite puts a content hash in every name under assets/, so a changed file is a new URL.
const IMMUTABLE = 'public, max-age=31536000, immutable';
// Everything else (index.html above all) must be revalidated, or a kiosk keeps an old build forever.
const REVALIDATE = 'no-cache';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * `LANDHUB_DEV=1` starts a hub in development mode, which also serves the renderer's source
 * maps (`LANDHUB_DEV=1 npm run hub -- --data ./hub-data`). A hub is a production hub otherwise,
 * whoever starts it (`npm run hub`, the e2e tests, the desktop app).
 */
export const HUB_DEV_ENV = 'LANDHUB_DEV';

export function isHubDevelopmentMode(env: NodeJS.ProcessEnv): boolean {
  return env[HUB_DEV_ENV] === '1';
}

export interface StaticHandlerOptions {
  /** Serve `*.map` files; without, they answer 404 like a file that is not there. */
  sourceMaps?: boolean;
}

/** Serves the built renderer read-only. Expects security headers to be set by the caller. */
export function createStaticHandler(rendererDir: string, { sourceMaps = isHubDevelopmentMode(process.env) }: StaticHandlerOptions = {}): RequestHandler {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Method not allowed');
      return;
    }
    const parsed = parseStaticPath(req.url ?? '/');
    if (!parsed.ok) {
      sendText(res, parsed.status, parsed.status === 400 ? 'Bad request' : 'Not found');
      return;
    }
    const file = sourceMaps || !isSourceMapPath(parsed.segments) ? await openServable(rendererDir, parsed.segments) : undefined;
    // The name on disk counts too: a symlink named app.js may point at app.js.map.
    if (file !== undefined && !sourceMaps && isSourceMapPath(file.relativePath.split('/'))) {
      await file.handle.close();
      sendText(res, 404, 'Not found');
      return;
    }
    if (file === undefined) {
      sendText(res, 404, 'Not found');
      return;
    }
    await sendFile(req, res, file);
  };
}

interface OpenFile {
  handle: FileHandle;
  relativePath: string;
  size: number;
  mtimeMs: number;
}

/** Opens the requested file, or index.html for an app route (a path with no extension). */
async function openServable(rendererDir: string, segments: string[]): Promise<OpenFile | undefined> {
  const requested = segments.join('/');
  if (requested !== '') {
    const file = await openInside(rendererDir, requested);
    if (file !== undefined) return file;
    if (extname(requested) !== '') return undefined;
  }
  return openInside(rendererDir, INDEX);
}

/** Opens a regular file only if its real path (symlinks followed) stays inside the renderer folder. */
async function openInside(rendererDir: string, relativePath: string): Promise<OpenFile | undefined> {
  let handle: FileHandle | undefined;
  try {
    const root = await realpath(rendererDir);
    const target = await realpath(join(root, relativePath));
    const rel = relative(root, target);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
    handle = await open(target, 'r');
    const info = await handle.stat();
    if (!info.isFile()) {
      await handle.close();
      return undefined;
    }
    return { handle, relativePath: rel.split(sep).join('/'), size: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    await handle?.close();
    if (isMissing(error)) return undefined;
    throw error;
  }
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: OpenFile): Promise<void> {
  const { handle } = file;
  try {
    const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}"`;
    res.setHeader('Cache-Control', file.relativePath.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': contentTypeFor(file.relativePath), 'Content-Length': file.size });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    try {
      await pipeline(handle.createReadStream({ autoClose: false }), res);
    } catch {
      // A kiosk closing its tab mid-download is normal; the status is already sent, so just drop the socket.
      res.destroy();
    }
  } finally {
    await handle.close();
  }
}

function isMissing(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR' || code === 'ENAMETOOLONG' || code === 'ELOOP';
}

/** True when the folder holds a built renderer; the CLI checks this before listening. */
export async function hasRendererIndex(rendererDir: string): Promise<boolean> {
  try {
    return (await stat(join(rendererDir, INDEX))).isFile();
  } catch {
    return false;
  }
}
