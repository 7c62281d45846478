import { describe, expect, it, vi } from 'vitest';
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import type { DeviceRole } from '@core/deviceRole';
import {
  applySessionSecurity,
  createWindowOpenHandler,
  externalUrlToOpen,
  hardenWebContents,
  isAppOrigin,
  isAppUrl,
  isPermissionAllowed,
  permissionAllowList,
  preventForeignNavigation,
  secureWebPreferences,
  validateSender,
  type GuardedContents,
  type PermissionQuery,
} from './security';

describe('isAppUrl', () => {
  it.each([
    'app://landhub/',
    'app://landhub/index.html',
    'app://landhub/members/42?tab=skills#top',
    'app://landhub/assets/index-abc.js',
  ])('allows %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://landhub.evil/',
    'app://landhub.evil.com/index.html',
    'app://landhub@evil/',
    'app://landhub:x@evil/',
    'app://evil@landhub/',
    'app://landhub:8080/',
    'app://landhubx/',
    'app://LANDHUB/',
    'APP://landhub/',
    'app:landhub/',
    'app:///landhub/',
    'app://landhub',
    'app://landhub\\evil/',
    'file:///etc/passwd',
    'file://landhub/index.html',
    'http://localhost/',
    'http://localhost:5173/',
    'https://landhub/',
    'https://evil.example/app://landhub/',
    'javascript:alert(1)',
    'javascript://landhub/%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://landhub/1234',
    'about:blank',
    'chrome://gpu',
    '',
    'not a url',
  ])('denies %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isAppOrigin', () => {
  it('accepts the bare origin that permission checks report', () => {
    expect(isAppOrigin('app://landhub')).toBe(true);
  });

  it('rejects other origins', () => {
    expect(isAppOrigin('app://landhub.evil')).toBe(false);
    expect(isAppOrigin('http://localhost')).toBe(false);
    expect(isAppOrigin('null')).toBe(false);
  });
});

describe('validateSender', () => {
  it('accepts our page and nothing else', () => {
    expect(validateSender('app://landhub/index.html')).toBe(true);
    expect(validateSender('http://localhost:5173/')).toBe(false);
    expect(validateSender('about:blank')).toBe(false);
    expect(validateSender(null)).toBe(false);
    expect(validateSender(undefined)).toBe(false);
  });
});

describe('secureWebPreferences', () => {
  it('locks the renderer down and sets the preload', () => {
    const prefs = secureWebPreferences('/app/dist/preload/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist/preload/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('external links', () => {
  it('opens https links only on the host desk', () => {
    expect(externalUrlToOpen('https://example.org/a?b=1', 'host')).toBe('https://example.org/a?b=1');
    for (const role of ['kiosk', 'wall', 'room', null] as const) {
      expect(externalUrlToOpen('https://example.org/', role)).toBeNull();
    }
  });

  it.each([
    'http://example.org/',
    'file:///etc/passwd',
    'smb://server/share',
    'javascript:alert(1)',
    'mailto:someone@example.org',
    'https://user:pass@example.org/',
    'nonsense',
  ])('never opens %s', (url) => {
    expect(externalUrlToOpen(url, 'host')).toBeNull();
  });

  it('window.open is always denied, and https links go to the system browser on the host desk', () => {
    const openExternal = vi.fn();
    let role: DeviceRole | null = 'host';
    const handler = createWindowOpenHandler({ currentRole: () => role, openExternal });

    expect(handler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.org/');

    expect(handler({ url: 'app://landhub/popup' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'http://example.org/' })).toEqual({ action: 'deny' });
    role = 'kiosk';
    expect(handler({ url: 'https://example.org/other' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('navigation', () => {
  it('prevents navigation away from the app', () => {
    const event = { preventDefault: vi.fn() };
    preventForeignNavigation(event, 'https://example.org/');
    preventForeignNavigation(event, 'file:///etc/passwd');
    expect(event.preventDefault).toHaveBeenCalledTimes(2);
  });

  it('lets in-app navigation through', () => {
    const event = { preventDefault: vi.fn() };
    preventForeignNavigation(event, 'app://landhub/members');
    expect(event.preventDefault).not.toHaveBeenCalled();
  });
});

describe('hardenWebContents', () => {
  type Listener = (event: { preventDefault(): void; url: string }) => void;

  function fakeContents() {
    const listeners = new Map<string, Listener>();
    let openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
    const contents: GuardedContents = {
      on(event: string, listener: Listener) {
        listeners.set(event, listener);
        return contents;
      },
      setWindowOpenHandler(handler) {
        openHandler = handler;
      },
    };
    const fire = (name: string, url = '') => {
      const event = { preventDefault: vi.fn(), url };
      listeners.get(name)!(event);
      return event.preventDefault;
    };
    return { contents, fire, openHandler: () => openHandler };
  }

  it('denies webviews, foreign navigation and redirects, and new windows', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents, { currentRole: () => 'host', openExternal: vi.fn() });

    expect(fake.fire('will-attach-webview')).toHaveBeenCalled();
    expect(fake.fire('will-navigate', 'https://evil.example/')).toHaveBeenCalled();
    expect(fake.fire('will-navigate', 'app://landhub/rooms')).not.toHaveBeenCalled();
    expect(fake.fire('will-redirect', 'http://localhost/')).toHaveBeenCalled();
    expect(fake.openHandler()?.({ url: 'app://landhub/', frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'no-referrer' } }))
      .toEqual({ action: 'deny' });
  });
});

describe('permissions', () => {
  const kioskCamera: PermissionQuery = {
    permission: 'media',
    requestingUrl: 'app://landhub/check-in',
    role: 'kiosk',
    mediaTypes: ['video'],
  };

  it('only the kiosk has anything on its allow-list', () => {
    expect(permissionAllowList).toEqual({ host: [], kiosk: ['media'], wall: [], room: [] });
  });

  it('lets the kiosk use the camera from the app', () => {
    expect(isPermissionAllowed(kioskCamera)).toBe(true);
    expect(isPermissionAllowed({ ...kioskCamera, requestingUrl: 'app://landhub' })).toBe(true);
  });

  it('never gives the kiosk the microphone', () => {
    expect(isPermissionAllowed({ ...kioskCamera, mediaTypes: ['audio'] })).toBe(false);
    expect(isPermissionAllowed({ ...kioskCamera, mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(isPermissionAllowed({ ...kioskCamera, mediaTypes: ['unknown'] })).toBe(false);
    expect(isPermissionAllowed({ ...kioskCamera, mediaTypes: [] })).toBe(false);
  });

  it('denies the camera to every other role and to first run', () => {
    for (const role of ['host', 'wall', 'room', null] as const) {
      expect(isPermissionAllowed({ ...kioskCamera, role })).toBe(false);
    }
  });

  it('denies the camera to foreign origins even on the kiosk', () => {
    for (const requestingUrl of ['https://evil.example/', 'app://landhub.evil/', 'file:///x.html', 'null', '']) {
      expect(isPermissionAllowed({ ...kioskCamera, requestingUrl })).toBe(false);
    }
  });

  it.each(['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'display-capture', 'unknown'])(
    'denies %s everywhere',
    (permission) => {
      for (const role of ['host', 'kiosk', 'wall', 'room', null] as const) {
        expect(isPermissionAllowed({ ...kioskCamera, permission, role, mediaTypes: [] })).toBe(false);
      }
    },
  );

  it('wires request and check handlers into the session', () => {
    type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
    type CheckHandler = (contents: unknown, permission: string, origin: string, details: { mediaType?: string }) => boolean;
    let request: RequestHandler | undefined;
    let check: CheckHandler | undefined;
    let role: DeviceRole | null = 'kiosk';
    applySessionSecurity({
      setPermissionRequestHandler: (handler) => { request = handler as RequestHandler | undefined; },
      setPermissionCheckHandler: (handler) => { check = handler as CheckHandler | undefined; },
    }, () => role);

    const granted = vi.fn();
    request!(null, 'media', granted, { isMainFrame: true, requestingUrl: 'app://landhub/', mediaTypes: ['video'] });
    request!(null, 'media', granted, { isMainFrame: false, requestingUrl: 'app://landhub/', mediaTypes: ['video'] });
    request!(null, 'geolocation', granted, { isMainFrame: true, requestingUrl: 'app://landhub/' });
    expect(granted.mock.calls).toEqual([[true], [false], [false]]);

    expect(check!(null, 'media', 'app://landhub', { mediaType: 'video' })).toBe(true);
    expect(check!(null, 'media', 'app://landhub', {})).toBe(false);
    role = 'host';
    expect(check!(null, 'media', 'app://landhub', { mediaType: 'video' })).toBe(false);
  });
});
