import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '@core/contentSecurityPolicy';
import {
  createAppRequestHandler,
  planAppRequest,
  registerAppScheme,
  resolveInside,
  serveRenderer,
} from './protocol';
import { contentTypeFor } from './hub/contentTypes';

describe('planAppRequest', () => {
  it('serves index.html for the root', () => {
    expect(planAppRequest('app://landhub/')).toEqual({ kind: 'file', relativePath: 'index.html', fallback: null });
  });

  it('serves assets without a fallback', () => {
    expect(planAppRequest('app://landhub/assets/app.js?v=2#x')).toEqual({ kind: 'file', relativePath: 'assets/app.js', fallback: null });
  });

  it('falls back to index.html for client-side routes', () => {
    expect(planAppRequest('app://landhub/members/42')).toEqual({ kind: 'file', relativePath: 'members/42', fallback: 'index.html' });
    expect(planAppRequest('app://landhub/rooms/')).toEqual({ kind: 'file', relativePath: 'rooms', fallback: 'index.html' });
  });

  it.each([
    'app://landhub/..%2f..%2fetc/passwd',
    'app://landhub/%2fetc%2fpasswd',
    'app://landhub.evil/index.html',
    'app://evil@landhub/index.html',
    'file:///etc/passwd',
    'http://landhub/index.html',
    'not a url',
  ])('forbids %s', (url) => {
    expect(planAppRequest(url)).toEqual({ kind: 'forbidden' });
  });

  it('finds no source maps unless told to serve them', () => {
    for (const url of ['app://landhub/assets/app.js.map', 'app://landhub/assets/app.css.MAP', 'app://landhub/assets/app.js.map.']) {
      expect(planAppRequest(url)).toEqual({ kind: 'notFound' });
    }
    expect(planAppRequest('app://landhub/assets/app.js.map', { sourceMaps: true })).toEqual({ kind: 'file', relativePath: 'assets/app.js.map', fallback: null });
  });

  it('keeps dot segments that the URL parser already resolved inside the app', () => {
    expect(planAppRequest('app://landhub/a/../../../index.html')).toEqual({ kind: 'file', relativePath: 'index.html', fallback: null });
    expect(planAppRequest('app://landhub/%2e%2e/%2e%2e/etc/passwd')).toEqual({ kind: 'file', relativePath: 'etc/passwd', fallback: 'index.html' });
  });
});

describe('resolveInside', () => {
  const root = path.resolve('/srv/renderer');

  it('resolves files below the root', () => {
    expect(resolveInside(root, 'assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it('refuses anything that is not strictly below the root', () => {
    expect(resolveInside(root, '../secret')).toBeNull();
    expect(resolveInside(root, '')).toBeNull();
    expect(resolveInside(root, '/etc/passwd')).toBeNull();
    expect(resolveInside(root, '../renderer-evil/x')).toBeNull();
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.JS', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['photo.webp', 'image/webp'],
    ['font.woff2', 'font/woff2'],
    ['sound.mp3', 'audio/mpeg'],
    ['manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['mystery.bin', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('createAppRequestHandler', () => {
  let base: string;
  let root: string;

  beforeAll(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'landhub-protocol-'));
    root = path.join(base, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Landhub</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(base, 'secret.txt'), 'do not serve');
  });

  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  const get = (url: string, method = 'GET') => createAppRequestHandler(root)(new Request(url, { method }));

  it('serves files with their content type, the CSP and nosniff', async () => {
    const response = await get('app://landhub/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('serves index.html for the root and for routes', async () => {
    for (const url of ['app://landhub/', 'app://landhub/members/42']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>Landhub</title>');
    }
  });

  it('answers 404 for a missing asset instead of HTML', async () => {
    expect((await get('app://landhub/assets/missing.js')).status).toBe(404);
  });

  it('answers 403 for encoded traversal without touching the disk', async () => {
    const readFile = vi.fn(() => Promise.reject(new Error('should not be called')));
    const handler = createAppRequestHandler(root, readFile);
    for (const url of ['app://landhub/..%2fsecret.txt', 'app://landhub/..%5csecret.txt', 'app://landhub/%2e%2e%2fsecret.txt']) {
      expect((await handler(new Request(url))).status).toBe(403);
    }
    expect(readFile).not.toHaveBeenCalled();
  });

  it('never reads outside the root, whatever the URL parser made of the path', async () => {
    const read: string[] = [];
    const handler = createAppRequestHandler(root, (file) => {
      read.push(file);
      return Promise.reject(new Error('missing'));
    });
    for (const url of ['app://landhub/%2e%2e/secret.txt', 'app://landhub/../../secret.txt', 'app://landhub/a/%2E%2E/%2e%2E/secret.txt']) {
      expect((await handler(new Request(url))).status).toBe(404);
    }
    expect(read.length).toBeGreaterThan(0);
    for (const file of read) expect(file.startsWith(root + path.sep)).toBe(true);
  });

  it('answers 404 for a source map without reading it, unless the app is not packaged', async () => {
    await writeFile(path.join(root, 'assets', 'app.js.map'), '{"version":3}');
    const readFile = vi.fn(() => Promise.reject(new Error('should not be called')));
    expect((await createAppRequestHandler(root, readFile)(new Request('app://landhub/assets/app.js.map'))).status).toBe(404);
    expect(readFile).not.toHaveBeenCalled();
    const developing = createAppRequestHandler(root, undefined, { sourceMaps: true });
    expect(await (await developing(new Request('app://landhub/assets/app.js.map'))).text()).toBe('{"version":3}');
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://landhub/', 'POST')).status).toBe(405);
    const head = await get('app://landhub/', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('electron wiring', () => {
  it('registers app:// as a standard, secure, fetchable scheme', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('handles the app scheme', () => {
    const handle = vi.fn();
    serveRenderer({ handle }, '/srv/renderer');
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
