import { BrowserWindow, powerSaveBlocker, type BrowserWindowConstructorOptions, type Input } from 'electron';
import { isPublicRole, type DeviceRole } from '@core/deviceRole';
import { secureWebPreferences } from './security';

/**
 * One window per machine, shaped by its role. The host desk is an ordinary window; the public
 * machines (kiosk, wall, room) fill their screen and must not be escapable from the keyboard.
 */

/** Without a role yet, the renderer shows the role picker in an ordinary window. */
export function windowOptionsForRole(role: DeviceRole | null): BrowserWindowConstructorOptions {
  const common: BrowserWindowConstructorOptions = { title: 'Landhub', backgroundColor: '#1f4d3a', show: false };
  switch (role) {
    case null:
    case 'host':
      // A 1366x768 laptop is a common host desk, so the minimum stays below 800 px high.
      return { ...common, width: 1280, height: 800, minWidth: 1024, minHeight: 640 };
    case 'kiosk':
      return { ...common, kiosk: true, fullscreen: true, autoHideMenuBar: true };
    case 'wall':
    case 'room':
      return { ...common, fullscreen: true, autoHideMenuBar: true };
  }
}

/** Public machines are locked down: no menu, no browser shortcuts, and the screen stays on. */
export function isLockedDownRole(role: DeviceRole | null): boolean {
  return role !== null && isPublicRole(role);
}

export type ShortcutInput = Pick<Input, 'key' | 'control' | 'meta' | 'alt' | 'shift'>;

const editingKeys = new Set(['a', 'c', 'v', 'x', 'z', 'y']);
const textNavigationKeys = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'Backspace', 'Delete']);
const modifierKeys = new Set(['Control', 'Meta', 'Alt', 'Shift', 'AltGraph', 'OS']);
const historyKeys = new Set(['ArrowLeft', 'ArrowRight', 'Home']);
const deviceKeys = new Set(['Print', 'ZoomIn', 'ZoomOut', 'ZoomToggle', 'Close', 'New', 'Open', 'Save', 'Find']);

function isFunctionKey(key: string): boolean {
  return /^F([1-9]|1\d|2[0-4])$/.test(key);
}

/**
 * Default-deny for key combinations on a public machine: with Ctrl or Cmd held only the text
 * editing keys pass (copy, paste, undo, word jumps), so reload, zoom, devtools, close, quit,
 * print and whatever a future Chromium adds are all refused. Plain typing always passes.
 */
export function isBlockedKioskShortcut(input: ShortcutInput): boolean {
  const { key, control, meta, alt, shift } = input;
  if (modifierKeys.has(key)) return false;
  if (isFunctionKey(key) || key.startsWith('Browser') || key.startsWith('Launch') || deviceKeys.has(key)) return true;

  if (control || meta) {
    // AltGr arrives as Ctrl+Alt on Windows: it types @ { } [ ] € on Danish and German keyboards.
    if (control && alt && !meta && /^.$/u.test(key) && !/^[a-z0-9+\-=_]$/i.test(key)) return false;
    if (alt) return true;
    if (textNavigationKeys.has(key)) return false;
    const lower = key.toLowerCase();
    return !(editingKeys.has(lower) && (!shift || lower === 'z'));
  }
  return alt && historyKeys.has(key);
}

export interface WindowManagerOptions {
  preloadPath: string;
  entryUrl: string;
  iconPath?: string;
}

export interface WindowManager {
  /** Opens the window for a role; an existing window is replaced. */
  open(role: DeviceRole | null): BrowserWindow;
  /** Like open, but after the current IPC reply has gone out. */
  reopenSoon(role: DeviceRole | null): void;
  focus(): void;
  current(): BrowserWindow | null;
}

function lockDown(window: BrowserWindow): void {
  window.removeMenu();
  window.webContents.on('before-input-event', (event, input) => {
    if (isBlockedKioskShortcut(input)) event.preventDefault();
  });
}

export function createWindowManager(options: WindowManagerOptions): WindowManager {
  let window: BrowserWindow | null = null;
  let keepAwakeId: number | null = null;

  function keepDisplayAwake(on: boolean): void {
    if (on && keepAwakeId === null) keepAwakeId = powerSaveBlocker.start('prevent-display-sleep');
    if (!on && keepAwakeId !== null) {
      powerSaveBlocker.stop(keepAwakeId);
      keepAwakeId = null;
    }
  }

  function open(role: DeviceRole | null): BrowserWindow {
    const next = new BrowserWindow({
      ...windowOptionsForRole(role),
      ...(options.iconPath === undefined ? {} : { icon: options.iconPath }),
      webPreferences: secureWebPreferences(options.preloadPath),
    });
    const lockedDown = isLockedDownRole(role);
    if (lockedDown) lockDown(next);
    keepDisplayAwake(lockedDown);
    next.once('ready-to-show', () => {
      next.show();
    });
    next.on('closed', () => {
      if (window === next) window = null;
    });
    next.loadURL(options.entryUrl).catch((error: unknown) => {
      console.error('Landhub could not load its window', error);
    });

    // The new window exists before the old one closes, so the app never sees "all windows
    // closed" (and quits) in between.
    const previous = window;
    window = next;
    previous?.close();
    return next;
  }

  return {
    open,
    reopenSoon(role) {
      setImmediate(() => open(role));
    },
    focus() {
      if (window === null) return;
      if (window.isMinimized()) window.restore();
      window.focus();
    },
    current: () => window,
  };
}
