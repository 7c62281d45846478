import path from 'node:path';
import { app, Notification, protocol, safeStorage, session, shell } from 'electron';
import { appEntryUrl } from './appOrigin';
import { openDeviceConfigStore } from './deviceConfigStore';
import { createEmbeddedHub, nodeHubSystem, stopHubBeforeQuit } from './embeddedHub';
import { advertiseHub, discoverHubs } from './hub/hubAdvertiser';
import { createHubTokenStore } from './hubTokenStore';
import { registerIpc } from './ipc';
import { createIpcHandlers } from './ipcHandlers';
import { registerAppScheme, serveRenderer } from './protocol';
import { applySessionSecurity, hardenWebContents } from './security';
import { createWindowManager } from './windows';

/**
 * Electron entry point: wiring only. Each piece lives in its own module with its tests;
 * the order of the calls here is the part that matters.
 */

// Chromium reads the list of privileged schemes once, before `ready`.
registerAppScheme(protocol);

async function start(): Promise<void> {
  await app.whenReady();

  const appRoot = app.getAppPath();
  const store = await openDeviceConfigStore(app.getPath('userData'));
  const currentRole = () => store.current().role;
  const windows = createWindowManager({
    preloadPath: path.join(appRoot, 'dist', 'preload', 'preload.cjs'),
    entryUrl: appEntryUrl,
  });

  // Guards go on before the first WebContents exists.
  const securityContext = {
    currentRole,
    openExternal: (url: string) => {
      shell.openExternal(url).catch((error: unknown) => {
        console.error('Landhub could not open a link in the browser', error);
      });
    },
  };
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, securityContext);
  });
  applySessionSecurity(session.defaultSession, currentRole);
  // Source maps only while developing (`npm start`); an installed app serves none.
  serveRenderer(protocol, path.join(appRoot, 'dist', 'renderer'), { sourceMaps: !app.isPackaged });

  const embeddedHub = createEmbeddedHub({
    ...nodeHubSystem,
    // Loaded on first use: a machine that does not run the hub never opens its database code.
    startHub: async (options) => (await import('./hub/hubService')).startHub(options),
    advertise: (options) => advertiseHub(options),
    dataDir: path.join(app.getPath('userData'), 'hub'),
    rendererDir: path.join(appRoot, 'dist', 'renderer'),
    version: app.getVersion(),
    log: (message, error) => {
      console.error(message, error ?? '');
    },
  });
  stopHubBeforeQuit(app, embeddedHub, (message, error) => {
    console.error(message, error);
  });

  registerIpc(createIpcHandlers({
    store,
    discoverHubs: () => discoverHubs(),
    hubTokens: createHubTokenStore(app.getPath('userData'), safeStorage),
    embeddedHub,
    appInfo: () => ({ version: app.getVersion(), shell: 'electron', platform: process.platform }),
    roleChanged: (role) => {
      windows.reopenSoon(role);
    },
    showNotification: ({ title, body }) => {
      if (!Notification.isSupported()) return false;
      new Notification({ title, body, silent: false }).show();
      return true;
    },
  }));

  app.on('second-instance', () => {
    windows.focus();
  });
  app.on('activate', () => {
    if (windows.current() === null) windows.open(currentRole());
  });
  windows.open(currentRole());
  // After the window: the hub's start must not keep the screen blank. Problems land in hub:status.
  if (store.current().runsHub) void embeddedHub.apply(true);
}

// One Landhub per machine: a second start (double-click, autostart) focuses the first.
if (app.requestSingleInstanceLock()) {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((error: unknown) => {
    console.error('Landhub could not start', error);
    app.exit(1);
  });
} else {
  app.quit();
}
