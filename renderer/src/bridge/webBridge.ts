import { z } from 'zod';
import { deviceRoleSchema, type DeviceRole } from '@core/deviceRole';
import { newId } from '@core/ids';
import { appInfoSchema, deviceConfigSchema, type DeviceConfig, type IpcResult, type LandhubBridge } from '@core/ipcContract';
import { checkedBridge, runHandlers, type IpcHandlers } from '@core/ipcDispatch';
import { uiLanguageSchema, type UiLanguage } from '@core/languages';

/**
 * Browser mode's side of the IPC contract: a tablet or TV that opens the hub's address gets
 * the same app, with the machine's settings kept in this browser's storage instead of
 * Electron's user-data folder. Requests are checked by the same dispatch as Electron's main.
 */
const STORAGE_KEY = 'landhub.device';

function readConfig(storage: Storage): DeviceConfig {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw) {
    try {
      const parsed = deviceConfigSchema.safeParse(JSON.parse(raw));
      if (parsed.success) return parsed.data;
    } catch {
      // A damaged entry is replaced by a fresh one below; the data itself lives in IndexedDB.
    }
  }
  const fresh: DeviceConfig = { deviceId: newId(), role: null, language: null, runsHub: false };
  storage.setItem(STORAGE_KEY, JSON.stringify(fresh));
  return fresh;
}

function writeConfig(storage: Storage, config: DeviceConfig): DeviceConfig {
  storage.setItem(STORAGE_KEY, JSON.stringify(config));
  return config;
}

/** The part of the hub's /healthz answer the About box shows. */
const healthSchema = z.object({ version: appInfoSchema.shape.version });

/** A browser has no hub of its own: the address it was opened from is the hub. */
const noHubHere: IpcResult<'hub:status'> = { running: false, url: null, lanUrls: [], firstHostCode: null, problem: null };
export const onlyDesktopRunsHubMessage = 'Only the desktop app can run the hub.';

export function createWebBridge(storage: Storage, fetchHealth: () => Promise<unknown>): LandhubBridge {
  const handlers: IpcHandlers = {
    'device:getConfig': () => Promise.resolve(readConfig(storage)),
    'device:setRole': (role) => Promise.resolve(writeConfig(storage, { ...readConfig(storage), role })),
    'device:setLanguage': (language) => Promise.resolve(writeConfig(storage, { ...readConfig(storage), language })),
    'app:notify': ({ title, body }) => {
      // Browser mode shows a system notification only where the host already allowed them.
      if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return Promise.resolve(false);
      new Notification(title, { body });
      return Promise.resolve(true);
    },
    'app:getInfo': async () => {
      const health = healthSchema.safeParse(await fetchHealth().catch(() => null));
      return { version: health.success ? health.data.version : 'dev', shell: 'browser', platform: 'web' };
    },
    // The browser's own origin is the hub, so there is nothing to look for.
    'hub:discover': () => Promise.resolve([]),
    // Not stored here: the renderer keeps the token in IndexedDB with the rest of its data.
    'secrets:setHubToken': () => Promise.resolve({ stored: false }),
    'secrets:getHubToken': () => Promise.resolve(null),
    'hub:runHere': () => Promise.reject(new Error(onlyDesktopRunsHubMessage)),
    'hub:status': () => Promise.resolve(noHubHere),
  };
  return checkedBridge(runHandlers(handlers));
}

/** `?role=kiosk&lang=de` in the address sets the machine up, for a TV or tablet without a keyboard. */
export function setupFromAddress(search: string): { role: DeviceRole | null; language: UiLanguage | null } {
  const params = new URLSearchParams(search);
  const role = deviceRoleSchema.safeParse(params.get('role'));
  const language = uiLanguageSchema.safeParse(params.get('lang'));
  return { role: role.success ? role.data : null, language: language.success ? language.data : null };
}
