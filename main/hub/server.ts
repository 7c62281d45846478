import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { appOrigin } from '../appOrigin';
import { errorCode } from './errorCode';
import { createHealthHandler, safeExtras, type HubHealthExtras } from './health';
import { HubStartupError } from './hubStartupError';
import { hubUrl } from './hubUrl';
import { readHubVersion } from './hubVersion';
import { describeListenError } from './listenErrors';
import { applySecurityHeaders } from './securityHeaders';
import { sendText } from './sendText';
import { createStaticHandler } from './staticFiles';

export interface HubServerOptions {
  port: number;
  host: string;
  rendererDir: string;
  /** Extra facts for /healthz (store state, device count, latest seq) once sync runs. */
  healthExtras?: () => HubHealthExtras;
  /** Handles /api/* requests; absent, they are not found. */
  api?: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<void>;
  /** Serves /calendars/* (iCalendar feeds); absent, they are not found. */
  calendars?: (req: IncomingMessage, res: ServerResponse) => void;
  /** Serves /projects/* (public project pages and their help form); absent, they are not found. */
  projects?: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Hears of every request that failed with a 500 (a store write that failed shows in /healthz). */
  onRequestError?: (error: unknown) => void;
}

export interface RunningHubServer {
  /** Clickable URL for the terminal (a wildcard host is shown as loopback). */
  url: string;
  /** The bound port: differs from the requested one when 0 was asked for. */
  port: number;
  /** Exposed so the sync endpoint can attach to 'upgrade' on the same port. */
  server: Server;
  close(): Promise<void>;
}

// In-flight requests get this long to finish on shutdown before their sockets are cut.
const CLOSE_GRACE_MS = 3_000;
/**
 * Every socket is reaped when its peer stalls: headers must arrive within 10 s, a whole request
 * within 30 s, an idle keep-alive socket goes after 5 s, any socket silent for 60 s mid-request
 * or mid-response goes too. Node checks the first two every 2 s. Upgraded sockets (/sync) leave
 * HTTP here; the sync endpoint reaps those with its own heartbeat.
 */
export const SERVER_TIMEOUTS = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  socketIdle: 60_000,
  connectionsCheckingInterval: 2_000,
} as const;

export async function startHubServer(options: HubServerOptions): Promise<RunningHubServer> {
  const base = { ok: true as const, version: await readHubVersion(), startedAt: new Date().toISOString() };
  const serveHealth = createHealthHandler(() => ({ ...base, ...safeExtras(options.healthExtras) }));
  const serveStatic = createStaticHandler(options.rendererDir);

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
    if ((path === '/healthz' || path.startsWith('/api/')) && answerCors(req, res, path)) return;
    if (path === '/healthz') serveHealth(req, res);
    else if (options.api && path.startsWith('/api/')) await options.api(req, res, path);
    else if (options.calendars && path.startsWith('/calendars/')) options.calendars(req, res);
    else if (options.projects && path.startsWith('/projects/')) await options.projects(req, res);
    else await serveStatic(req, res);
  };

  const { headersTimeout, requestTimeout, keepAliveTimeout, connectionsCheckingInterval } = SERVER_TIMEOUTS;
  const server = createServer({ headersTimeout, requestTimeout, keepAliveTimeout, connectionsCheckingInterval }, (req, res) => {
    applySecurityHeaders(res);
    route(req, res).catch((error: unknown) => {
      console.error('Hub request failed:', req.method, req.url, error);
      options.onRequestError?.(error);
      if (res.headersSent) res.destroy();
      else sendText(res, 500, 'Internal error');
    });
  });

  server.timeout = SERVER_TIMEOUTS.socketIdle;

  const port = await listen(server, options.host, options.port);
  return { url: hubUrl(options.host, port), port, server, close: onceOnly(() => closeServer(server)) };
}

/**
 * The desktop app runs on app://landhub, so its calls to a hub on another machine are
 * cross-origin. Only that origin gets CORS headers (a web page elsewhere gets none, so the
 * browser keeps it out); /api/* calls carry the token as `Authorization`, which needs a preflight.
 * Returns true when the request (a preflight) has been answered.
 */
export function answerCors(req: IncomingMessage, res: ServerResponse, path: string): boolean {
  res.setHeader('Vary', 'Origin');
  if (req.headers.origin !== appOrigin) return false;
  res.setHeader('Access-Control-Allow-Origin', appOrigin);
  if (req.method !== 'OPTIONS' || !path.startsWith('/api/')) return false;
  res.writeHead(204, {
    'Access-Control-Allow-Methods': 'GET, POST',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Max-Age': '600',
    // Chromium asks before an app reaches into the private network (a hub at 192.168.x.x).
    ...(req.headers['access-control-request-private-network'] === 'true' ? { 'Access-Control-Allow-Private-Network': 'true' } : {}),
  });
  res.end();
  return true;
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => {
      reject(new HubStartupError(describeListenError(errorCode(error), host, port)));
    };
    server.once('error', onError);
    server.listen({ port, host }, () => {
      server.off('error', onError);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error(`Unexpected listen address: ${String(address)}`));
        return;
      }
      resolve(address.port);
    });
  });
}

/** Stops accepting, drops idle keep-alive sockets at once, and gives busy ones a short grace. */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    const forceTimer = setTimeout(() => {
      server.closeAllConnections();
    }, CLOSE_GRACE_MS);
    forceTimer.unref();
    server.close((error) => {
      clearTimeout(forceTimer);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}

function onceOnly(action: () => Promise<void>): () => Promise<void> {
  let result: Promise<void> | undefined;
  return () => (result ??= action());
}
