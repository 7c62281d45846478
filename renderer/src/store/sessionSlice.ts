import type { StateCreator } from 'zustand';
import type { DeviceRole } from '@core/deviceRole';
import type { AppInfo, DeviceConfig, LandhubBridge } from '@core/ipcContract';
import type { UiLanguage } from '@core/languages';
import type { AppState } from './appStore';

/** Who this machine is: its id, role and language, as the shell keeps them. */
export interface SessionSlice {
  bridge: LandhubBridge | null;
  device: DeviceConfig | null;
  appInfo: AppInfo | null;
  startSession: (bridge: LandhubBridge, device: DeviceConfig, appInfo: AppInfo | null) => void;
  chooseRole: (role: DeviceRole) => Promise<void>;
  chooseLanguage: (language: UiLanguage) => Promise<void>;
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get) => ({
  bridge: null,
  device: null,
  appInfo: null,
  startSession: (bridge, device, appInfo) => { set({ bridge, device, appInfo }); },
  chooseRole: async (role) => {
    const { bridge } = get();
    if (!bridge) return;
    const device = await bridge.invoke('device:setRole', role);
    set({ device, screen: firstScreen });
  },
  chooseLanguage: async (language) => {
    const { bridge } = get();
    if (!bridge) return;
    set({ device: await bridge.invoke('device:setLanguage', language) });
  },
});

export type Screen = 'board' | 'today' | 'members' | 'settings';

/** The screen a machine opens on, whatever its role (the kiosk shows its own flow instead). */
export const firstScreen: Screen = 'board';

/**
 * Which screens exist on a machine of each role. The kiosk has its own full-screen flow
 * (features/kiosk) and reaches settings only through the host PIN, so it lists none here.
 */
export function screensFor(role: DeviceRole): Screen[] {
  if (role === 'host') return ['board', 'today', 'members', 'settings'];
  if (role === 'kiosk') return [];
  return ['board', 'settings'];
}
