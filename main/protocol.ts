import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { contentSecurityPolicy } from '@core/contentSecurityPolicy';
import { appHost, appScheme } from './appOrigin';
import { contentTypeFor } from './hub/contentTypes';
import { isSourceMapPath, parseStaticPath } from './hub/staticPath';

/**
 * Serves the built renderer (dist/renderer) on app://landhub/, with the same path rules and
 * content types as the hub's HTTP server (main/hub/), so both shells refuse the same things. A custom scheme instead of
 * file:// gives the page a real origin (so CSP 'self', fetch and IndexedDB behave as on the
 * web) and lets us refuse every path outside the renderer folder.
 */

/** Must run before `app` is ready: Chromium fixes the scheme list at start-up. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{
    scheme: appScheme,
    privileges: { standard: true, secure: true, supportFetchAPI: true },
  }]);
}

const indexFile = 'index.html';

export type AppRequestPlan =
  | { kind: 'file'; relativePath: string; fallback: string | null }
  | { kind: 'notFound' }
  | { kind: 'forbidden' };

export interface AppProtocolOptions {
  /**
   * Serve `*.map` files. main.ts allows them only while the app is not packaged (`npm start`);
   * electron-builder leaves them out of a package anyway, and this refuses them if one slips in.
   */
  sourceMaps: boolean;
}

const noSourceMaps: AppProtocolOptions = { sourceMaps: false };

/**
 * What to serve for a request URL. Client-side routes (no file extension, like /members/42)
 * fall back to index.html so a reload keeps the route; a missing asset stays a 404 so a
 * broken build shows up as a missing file, not as HTML parsed as JavaScript.
 */
export function planAppRequest(requestUrl: string, options: AppProtocolOptions = noSourceMaps): AppRequestPlan {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'forbidden' };
  }
  if (url.protocol !== `${appScheme}:` || url.host !== appHost || url.username !== '' || url.password !== '') {
    return { kind: 'forbidden' };
  }
  const parsed = parseStaticPath(url.pathname);
  if (!parsed.ok) return { kind: 'forbidden' };
  const { segments } = parsed;
  if (!options.sourceMaps && isSourceMapPath(segments)) return { kind: 'notFound' };
  const last = segments.at(-1);
  if (last === undefined) return { kind: 'file', relativePath: indexFile, fallback: null };
  const isRoute = path.extname(last) === '';
  return { kind: 'file', relativePath: segments.join('/'), fallback: isRoute ? indexFile : null };
}

/** Joins the plan's path onto the root and checks, once more, that it did not escape. */
export function resolveInside(rootDir: string, relativePath: string): string | null {
  const root = path.resolve(rootDir);
  const full = path.resolve(root, relativePath);
  const relative = path.relative(root, full);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return full;
}

export type ReadFile = (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;

function respond(status: number, body: Uint8Array<ArrayBuffer> | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

async function tryRead(readFileFn: ReadFile, rootDir: string, relativePath: string): Promise<{ file: string; data: Uint8Array<ArrayBuffer> } | null> {
  const file = resolveInside(rootDir, relativePath);
  if (file === null) return null;
  try {
    return { file, data: await readFileFn(file) };
  } catch {
    return null;
  }
}

export function createAppRequestHandler(rootDir: string, readFileFn: ReadFile = readFile, options: AppProtocolOptions = noSourceMaps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null, 'text/plain');
    const plan = planAppRequest(request.url, options);
    if (plan.kind === 'forbidden') return respond(403, null, 'text/plain');
    if (plan.kind === 'notFound') return respond(404, null, 'text/plain');
    const found = await tryRead(readFileFn, rootDir, plan.relativePath)
      ?? (plan.fallback === null ? null : await tryRead(readFileFn, rootDir, plan.fallback));
    if (found === null) return respond(404, null, 'text/plain');
    return respond(200, request.method === 'HEAD' ? null : found.data, contentTypeFor(found.file));
  };
}

export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string, options: AppProtocolOptions = noSourceMaps): void {
  protocol.handle(appScheme, createAppRequestHandler(rendererDir, readFile, options));
}
