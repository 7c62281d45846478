import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOrigin } from '../appOrigin';
import { startHubServer, type RunningHubServer } from './server';
import { makeTempDir, rawRequest, writeFakeRenderer } from './testSupport';
import { sendJson } from './api/jsonBody';

/** The desktop app (app://landhub) talks to a hub on another machine: cross-origin, by design. */
describe('CORS for the desktop app', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let hub: RunningHubServer;
  let apiCalls = 0;

  beforeAll(async () => {
    temp = await makeTempDir('cors');
    await writeFakeRenderer(temp.dir);
    hub = await startHubServer({
      host: '127.0.0.1',
      port: 0,
      rendererDir: temp.dir,
      api: (req, res) => {
        apiCalls += 1;
        sendJson(res, req.method === 'OPTIONS' ? 404 : 200, { method: req.method });
        return Promise.resolve();
      },
    });
  });
  afterAll(async () => {
    await hub.close();
    await temp.remove();
  });

  const preflight = (origin: string, extra: Record<string, string> = {}) => rawRequest(hub.port, '/api/devices', 'OPTIONS', {
    Origin: origin,
    'Access-Control-Request-Method': 'POST',
    'Access-Control-Request-Headers': 'authorization, content-type',
    ...extra,
  });

  it('answers the app\'s preflight for /api/* without reaching the API', async () => {
    const before = apiCalls;
    const response = await preflight(appOrigin);
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('app://landhub');
    expect(response.headers['access-control-allow-methods']).toBe('GET, POST');
    expect(response.headers['access-control-allow-headers']).toBe('Authorization, Content-Type');
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    expect(response.headers.vary).toBe('Origin');
    expect(apiCalls).toBe(before);
  });

  it('allows the private-network preflight for the app only when asked', async () => {
    expect((await preflight(appOrigin)).headers['access-control-allow-private-network']).toBeUndefined();
    const asked = await preflight(appOrigin, { 'Access-Control-Request-Private-Network': 'true' });
    expect(asked.headers['access-control-allow-private-network']).toBe('true');
  });

  it.each(['https://evil.example', 'app://landhub.evil', 'null', 'http://127.0.0.1:5173'])('gives %s no CORS headers', async (origin) => {
    const response = await preflight(origin, { 'Access-Control-Request-Private-Network': 'true' });
    expect(response.status).not.toBe(204);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(response.headers['access-control-allow-private-network']).toBeUndefined();
    const get = await rawRequest(hub.port, '/api/devices', 'GET', { Origin: origin });
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('lets the app read API answers and /healthz', async () => {
    const api = await rawRequest(hub.port, '/api/devices', 'GET', { Origin: appOrigin });
    expect(api.status).toBe(200);
    expect(api.headers['access-control-allow-origin']).toBe('app://landhub');
    const health = await rawRequest(hub.port, '/healthz', 'GET', { Origin: appOrigin });
    expect(health.status).toBe(200);
    expect(health.headers['access-control-allow-origin']).toBe('app://landhub');
  });

  it('shares no page or asset with another origin, not even the app', async () => {
    const page = await rawRequest(hub.port, '/', 'GET', { Origin: appOrigin });
    expect(page.status).toBe(200);
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    expect((await rawRequest(hub.port, '/', 'OPTIONS', { Origin: appOrigin })).status).toBe(405);
  });
});
