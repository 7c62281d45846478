import type { StateCreator } from 'zustand';
import type { DeviceRole } from '@core/deviceRole';
import type { DeviceConfig } from '@core/ipcContract';
import type { AppState } from './appStore';

/**
 * Who this machine is: its id, role and language, as the shell last answered. The shell is
 * asked through the bridge (app/useSessionChoices.ts); the store only keeps its answer.
 */
export interface SessionSlice {
  device: DeviceConfig | null;
  /** What the shell keeps now (after a language choice, say). */
  deviceChanged: (device: DeviceConfig) => void;
  /** A role was chosen: the shell's answer, and the screen a machine opens on. */
  roleChosen: (device: DeviceConfig) => void;
}

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set) => ({
  device: null,
  deviceChanged: (device) => { set({ device }); },
  roleChosen: (device) => { set({ device, screen: firstScreen }); },
});

export type Screen = 'board' | 'projects' | 'today' | 'bookings' | 'spaces' | 'members' | 'reports' | 'settings';

/** The screen a machine opens on, whatever its role (the kiosk shows its own flow instead). */
export const firstScreen: Screen = 'board';

/**
 * Which screens exist on a machine of each role. The kiosk and the wall display have their own
 * full-screen views (features/kiosk, features/wall) and reach settings only through the host
 * PIN, so they list none here.
 */
export function screensFor(role: DeviceRole): Screen[] {
  if (role === 'host') return ['board', 'projects', 'today', 'bookings', 'spaces', 'members', 'reports', 'settings'];
  if (role === 'kiosk' || role === 'wall') return [];
  return ['board', 'settings'];
}
