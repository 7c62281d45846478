import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '@core/contentSecurityPolicy';
import { startHubServer, type RunningHubServer } from './server';
import { hasRendererIndex } from './staticFiles';
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
