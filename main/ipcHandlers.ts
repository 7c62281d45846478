import type { AppInfo, DesktopNotification, DiscoveredHub } from '@core/ipcContract';
import type { DeviceRole } from '@core/deviceRole';
import type { DeviceConfigStore } from './deviceConfigStore';
import type { EmbeddedHub } from './embeddedHub';
import type { HubTokenStore } from './hubTokenStore';
import type { IpcHandlers } from '@core/ipcDispatch';

export interface IpcHandlerDeps {
  store: DeviceConfigStore;
  appInfo(): AppInfo;
  /** Each role has its own kind of window (a kiosk is locked full screen), so a new role
   * means a new window. Called after the choice is saved. */
  roleChanged(role: DeviceRole): void;
  /** Shows a system notification; false where the system has none. */
  showNotification(notification: DesktopNotification): boolean;
  /** Hubs heard on the local network within a few seconds. */
  discoverHubs(): Promise<DiscoveredHub[]>;
  hubTokens: HubTokenStore;
  embeddedHub: Pick<EmbeddedHub, 'apply' | 'status'>;
}

/** What each IPC channel does. Kept apart from ipc.ts so it is plain, testable code. */
export function createIpcHandlers(deps: IpcHandlerDeps): IpcHandlers {
  return {
    'device:getConfig': () => deps.store.current(),
    'device:setRole': async (role) => {
      const previous = deps.store.current().role;
      const next = await deps.store.update({ role });
      if (previous !== role) deps.roleChanged(role);
      return next;
    },
    'device:setLanguage': (language) => deps.store.update({ language }),
    'app:getInfo': () => deps.appInfo(),
    'app:notify': (notification) => deps.showNotification(notification),
    'hub:discover': () => deps.discoverHubs(),
    'secrets:setHubToken': (token) => deps.hubTokens.set(token),
    'secrets:getHubToken': () => deps.hubTokens.get(),
    // The choice is saved first: it is what the host asked for, and a hub that failed to start
    // (its problem shown in the answer) is tried again at the next start.
    'hub:runHere': async (runsHub) => {
      await deps.store.update({ runsHub });
      return deps.embeddedHub.apply(runsHub);
    },
    'hub:status': () => deps.embeddedHub.status(),
  };
}
