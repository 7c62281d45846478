import { symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '@core/contentSecurityPolicy';
import { startHubServer, type RunningHubServer } from './server';
import { createStaticHandler, hasRendererIndex, HUB_DEV_ENV, isHubDevelopmentMode } from './staticFiles';
import { FAKE_ASSET_JS, FAKE_ASSET_NAME, FAKE_INDEX_HTML, makeTempDir, rawRequest, writeFakeRenderer, type RawResponse } from './testSupport';

const expectedSecurityHeaders = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(self)',
};

function expectSecurityHeaders(response: RawResponse): void {
  expect(response.headers).toMatchObject(expectedSecurityHeaders);
}

const SOURCE_MAP = '{"version":3,"sources":["../../src/secret.ts"],"sourcesContent":["// the original source"]}';

describe('static renderer files', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let rendererDir: string;
  let hub: RunningHubServer;
  const get = (path: string, method = 'GET', headers: Record<string, string> = {}): Promise<RawResponse> =>
    rawRequest(hub.port, path, method, headers);

  beforeAll(async () => {
    temp = await makeTempDir('renderer');
    rendererDir = join(temp.dir, 'renderer');
    await writeFakeRenderer(rendererDir);
    // Sits next to the renderer folder: reachable only by escaping it.
    await writeFile(join(temp.dir, 'outside.txt'), 'outside');
    await symlink(join(temp.dir, 'outside.txt'), join(rendererDir, 'assets', 'link-out.txt'));
    await writeFile(join(rendererDir, 'assets', `${FAKE_ASSET_NAME}.map`), SOURCE_MAP);
    await symlink(join(rendererDir, 'assets', `${FAKE_ASSET_NAME}.map`), join(rendererDir, 'assets', 'map-in-disguise.js'));
    hub = await startHubServer({ host: '127.0.0.1', port: 0, rendererDir });
  });

  afterAll(async () => {
    await hub.close();
    await temp.remove();
  });

  it('serves index.html at / with no-cache and the security headers', async () => {
    const response = await get('/');
    expect(response.status).toBe(200);
    expect(response.body).toBe(FAKE_INDEX_HTML);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expectSecurityHeaders(response);
  });

  it('serves hashed assets with long immutable caching and the right type', async () => {
    const response = await get(`/assets/${FAKE_ASSET_NAME}`);
    expect(response.status).toBe(200);
    expect(response.body).toBe(FAKE_ASSET_JS);
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(FAKE_ASSET_JS)));
    expectSecurityHeaders(response);
  });

  it.each([
    ['/assets/logo-12ab34cd.svg', 'image/svg+xml', 'public, max-age=31536000, immutable'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', 'no-cache'],
    ['/favicon.ico', 'image/x-icon', 'no-cache'],
    ['/index.html', 'text/html; charset=utf-8', 'no-cache'],
  ])('serves %s as %s', async (path, type, cache) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['cache-control']).toBe(cache);
  });

  it('falls back to index.html for app routes without an extension', async () => {
    for (const route of ['/kiosk', '/wall/today/', '/assets', '/host/members?tab=skills']) {
      const response = await get(route);
      expect(response.status, route).toBe(200);
      expect(response.body).toBe(FAKE_INDEX_HTML);
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers 404 for a missing file with an extension, with security headers', async () => {
    const response = await get('/assets/missing-123.js');
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
  });

  it('refuses traversal, encoded or not, and never leaks outside files', async () => {
    const outside = 'outside.txt';
    for (const path of [
      `/../${outside}`,
      `/%2e%2e/${outside}`,
      `/assets/..%2F..%2F${outside}`,
      `/..%5C${outside}`,
      '/assets\\..\\index.html',
      '/index.html%00.js',
    ]) {
      const response = await get(path);
      expect([400, 404], path).toContain(response.status);
      expect(response.body).not.toContain('outside');
      expectSecurityHeaders(response);
    }
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    const response = await get('/assets/link-out.txt');
    expect(response.status).toBe(404);
  });

  it('refuses source maps with a 404 like a missing file, however the name is spelled', async () => {
    for (const path of [
      `/assets/${FAKE_ASSET_NAME}.map`,
      `/assets/${FAKE_ASSET_NAME}.MAP`,
      `/assets/${FAKE_ASSET_NAME}.map.`,
      `/assets/${FAKE_ASSET_NAME}%2Emap`,
      `/assets/${FAKE_ASSET_NAME}.map?raw`,
      `/assets/${FAKE_ASSET_NAME}.map/`,
      '/assets/map-in-disguise.js',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.body, path).not.toContain('sourcesContent');
      expectSecurityHeaders(response);
    }
    expect((await get(`/assets/${FAKE_ASSET_NAME}.map`, 'HEAD')).status).toBe(404);
  });

  it('hides dot-files', async () => {
    expect((await get('/.secret')).status).toBe(404);
  });

  it('answers HEAD with headers only', async () => {
    const response = await get(`/assets/${FAKE_ASSET_NAME}`, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.body).toBe('');
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(FAKE_ASSET_JS)));
  });

  it('revalidates index.html with its ETag', async () => {
    const first = await get('/');
    const etag = first.headers.etag;
    expect(typeof etag).toBe('string');
    const second = await get('/', 'GET', { 'If-None-Match': String(etag) });
    expect(second.status).toBe(304);
    expect(second.body).toBe('');
    expectSecurityHeaders(second);
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('refuses %s with 405 and Allow', async (method) => {
    const response = await get('/', method);
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    expectSecurityHeaders(response);
  });

  it('tells whether a folder holds a built renderer', async () => {
    expect(await hasRendererIndex(rendererDir)).toBe(true);
    expect(await hasRendererIndex(join(rendererDir, 'assets'))).toBe(false);
    expect(await hasRendererIndex(join(temp.dir, 'nope'))).toBe(false);
  });
});

describe('source maps in development mode', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let rendererDir: string;
  const servers: Server[] = [];

  beforeAll(async () => {
    temp = await makeTempDir('renderer-maps');
    rendererDir = join(temp.dir, 'renderer');
    await writeFakeRenderer(rendererDir);
    await writeFile(join(rendererDir, 'assets', `${FAKE_ASSET_NAME}.map`), SOURCE_MAP);
  });

  afterEach(async () => {
    vi.unstubAllEnvs();
    await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
  });

  afterAll(async () => {
    await temp.remove();
  });

  /** A bare server around the handler, to ask for one source map. */
  async function mapStatus(handler: ReturnType<typeof createStaticHandler>): Promise<RawResponse> {
    const server = createServer((req, res) => void handler(req, res));
    servers.push(server);
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return rawRequest(address.port, `/assets/${FAKE_ASSET_NAME}.map`);
  }

  it(`is ${HUB_DEV_ENV}=1, and nothing else`, () => {
    expect(isHubDevelopmentMode({ [HUB_DEV_ENV]: '1' })).toBe(true);
    for (const value of [undefined, '', '0', 'true', 'yes']) expect(isHubDevelopmentMode({ [HUB_DEV_ENV]: value })).toBe(false);
    expect(isHubDevelopmentMode({ NODE_ENV: 'development' })).toBe(false);
  });

  it('serves source maps in development mode', async () => {
    vi.stubEnv(HUB_DEV_ENV, '1');
    const response = await mapStatus(createStaticHandler(rendererDir));
    expect(response.status).toBe(200);
    expect(response.body).toBe(SOURCE_MAP);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('refuses them without it, and when told so', async () => {
    vi.stubEnv(HUB_DEV_ENV, '');
    expect((await mapStatus(createStaticHandler(rendererDir))).status).toBe(404);
    vi.stubEnv(HUB_DEV_ENV, '1');
    expect((await mapStatus(createStaticHandler(rendererDir, { sourceMaps: false }))).status).toBe(404);
  });
});
