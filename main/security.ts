import type { HandlerDetails, Session, WebPreferences, WindowOpenHandlerResponse } from 'electron';
import type { DeviceRole } from '@core/deviceRole';
import { appOrigin } from './appOrigin';

/**
 * Every security guard of the Electron shell, in one place so a review reads one file.
 * The renderer is treated as untrusted web content: it only ever runs from app://landhub/,
 * talks to the main process through the typed IPC contract, and gets no permissions unless
 * this file says so.
 */

/** The renderer's only allowed location. The literal prefix check makes sure no parser
 * difference (userinfo, ports, look-alike hosts, missing slashes) can sneak past. */
export function isAppUrl(url: string): boolean {
  if (!url.startsWith(`${appOrigin}/`)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'app:' && parsed.host === 'landhub'
    && parsed.username === '' && parsed.password === '';
}

/** Permission checks hand us an origin (no path) rather than a URL. */
export function isAppOrigin(originOrUrl: string): boolean {
  return originOrUrl === appOrigin || isAppUrl(originOrUrl);
}

/** Used by the IPC layer: only our own page may call the main process. */
export function validateSender(frameUrl: string | null | undefined): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl);
}

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
  };
}

/**
 * Links to the outside world open in the system browser, and only on the host desk:
 * on a public kiosk or wall a browser window would be a way out of the app.
 * Only https, so no file:, smb:, custom app handlers or plain-text http.
 */
export function externalUrlToOpen(url: string, role: DeviceRole | null): string | null {
  if (role !== 'host') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

export interface SecurityContext {
  /** The role can change while the app runs (first-run picker), so it is read on demand. */
  currentRole(): DeviceRole | null;
  openExternal(url: string): void;
}

export function createWindowOpenHandler(context: SecurityContext): (details: Pick<HandlerDetails, 'url'>) => WindowOpenHandlerResponse {
  return ({ url }) => {
    const external = externalUrlToOpen(url, context.currentRole());
    if (external !== null) context.openExternal(external);
    return { action: 'deny' };
  };
}

interface Preventable {
  preventDefault(): void;
}

export function preventForeignNavigation(event: Preventable, url: string): void {
  if (!isAppUrl(url)) event.preventDefault();
}

/** Electron's full WebContents is huge; these are the few members the guards touch. */
export interface GuardedContents {
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Preventable & { url: string }) => void): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
}

/** Applied to every WebContents the app ever creates (`web-contents-created`). */
export function hardenWebContents(contents: GuardedContents, context: SecurityContext): void {
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.on('will-navigate', (event) => {
    preventForeignNavigation(event, event.url);
  });
  contents.on('will-redirect', (event) => {
    preventForeignNavigation(event, event.url);
  });
  contents.setWindowOpenHandler(createWindowOpenHandler(context));
}

/**
 * Permissions each role may be granted; everything else is denied. The kiosk gets the camera
 * so it can scan members' QR cards (video only: it never needs the microphone).
 */
export const permissionAllowList: Readonly<Record<DeviceRole, readonly string[]>> = {
  host: [],
  kiosk: ['media'],
  wall: [],
  room: [],
};

export interface PermissionQuery {
  permission: string;
  /** Origin or URL of the frame asking. */
  requestingUrl: string;
  role: DeviceRole | null;
  /** For 'media': which devices are wanted ('video', 'audio', 'unknown'). */
  mediaTypes: readonly string[];
}

export function isPermissionAllowed(query: PermissionQuery): boolean {
  if (query.role === null) return false;
  if (!permissionAllowList[query.role].includes(query.permission)) return false;
  if (!isAppOrigin(query.requestingUrl)) return false;
  if (query.permission === 'media') {
    return query.mediaTypes.length > 0 && query.mediaTypes.every((type) => type === 'video');
  }
  return true;
}

type PermissionSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;

export function applySessionSecurity(session: PermissionSession, currentRole: () => DeviceRole | null): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes ?? [] : [];
    callback(details.isMainFrame && isPermissionAllowed({
      permission,
      requestingUrl: details.requestingUrl,
      role: currentRole(),
      mediaTypes,
    }));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    isPermissionAllowed({
      permission,
      requestingUrl: requestingOrigin,
      role: currentRole(),
      mediaTypes: details.mediaType === undefined ? [] : [details.mediaType],
    }));
}
