import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createWindowManager, isBlockedKioskShortcut, isLockedDownRole, windowOptionsForRole, type ShortcutInput } from './windows';

const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;

  class FakeWebContents {
    readonly listeners = new Map<string, Listener>();
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
  }

  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly listeners = new Map<string, Listener>();
    readonly calls: string[] = [];
    loadedUrl: string | null = null;
    minimized = false;

    constructor(readonly options: BrowserWindowConstructorOptions) {
      FakeBrowserWindow.created.push(this);
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener);
      return this;
    }
    once(event: string, listener: Listener) {
      return this.on(event, listener);
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    removeMenu() { this.calls.push('removeMenu'); }
    show() { this.calls.push('show'); }
    close() {
      this.calls.push('close');
      this.listeners.get('closed')?.();
    }
    isMinimized() { return this.minimized; }
    restore() { this.calls.push('restore'); }
    focus() { this.calls.push('focus'); }
  }

  let nextBlockerId = 1;
  return {
    FakeBrowserWindow,
    BrowserWindow: FakeBrowserWindow,
    powerSaveBlocker: {
      start: vi.fn(() => nextBlockerId++),
      stop: vi.fn(),
    },
  };
});
vi.mock('electron', () => electron);

describe('windowOptionsForRole', () => {
  it('gives the host desk and first run an ordinary resizable window', () => {
    for (const role of ['host', null] as const) {
      const options = windowOptionsForRole(role);
      expect(options).toMatchObject({ width: 1280, height: 800, minWidth: 1024, minHeight: 640, show: false });
      expect(options.kiosk).toBeUndefined();
      expect(options.fullscreen).toBeUndefined();
    }
  });

  it('puts the kiosk in kiosk mode', () => {
    expect(windowOptionsForRole('kiosk')).toMatchObject({ kiosk: true, fullscreen: true });
  });

  it('shows wall and room displays full screen, without kiosk mode', () => {
    for (const role of ['wall', 'room'] as const) {
      const options = windowOptionsForRole(role);
      expect(options.fullscreen).toBe(true);
      expect(options.kiosk).toBeUndefined();
    }
  });

  it('locks down every public role', () => {
    expect(isLockedDownRole('kiosk')).toBe(true);
    expect(isLockedDownRole('wall')).toBe(true);
    expect(isLockedDownRole('room')).toBe(true);
    expect(isLockedDownRole('host')).toBe(false);
    expect(isLockedDownRole(null)).toBe(false);
  });
});

describe('isBlockedKioskShortcut', () => {
  const key = (k: string, mods: Partial<Omit<ShortcutInput, 'key'>> = {}): ShortcutInput => ({
    key: k, control: false, meta: false, alt: false, shift: false, ...mods,
  });
  const ctrl = { control: true };
  const cmd = { meta: true };

  it.each([
    ['Ctrl+R', key('r', ctrl)],
    ['Cmd+R', key('r', cmd)],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['F5', key('F5')],
    ['Ctrl+F5', key('F5', ctrl)],
    ['F11', key('F11')],
    ['F12', key('F12')],
    ['Alt+F4', key('F4', { alt: true })],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
    ['Ctrl+Shift+C', key('C', { control: true, shift: true })],
    ['Cmd+Alt+I', key('i', { meta: true, alt: true })],
    ['Cmd+Alt+I (mac dead key)', key('ˆ', { meta: true, alt: true })],
    ['Ctrl+plus', key('+', ctrl)],
    ['Ctrl+=', key('=', ctrl)],
    ['Ctrl+Shift+=', key('+', { control: true, shift: true })],
    ['Ctrl+-', key('-', ctrl)],
    ['Ctrl+0', key('0', ctrl)],
    ['Ctrl+Alt+0', key('0', { control: true, alt: true })],
    ['Alt+Left', key('ArrowLeft', { alt: true })],
    ['Alt+Right', key('ArrowRight', { alt: true })],
    ['Alt+Home', key('Home', { alt: true })],
    ['Ctrl+W', key('w', ctrl)],
    ['Ctrl+F4', key('F4', ctrl)],
    ['Ctrl+Q', key('q', ctrl)],
    ['Cmd+Q', key('q', cmd)],
    ['Cmd+H', key('h', cmd)],
    ['Ctrl+N', key('n', ctrl)],
    ['Ctrl+P', key('p', ctrl)],
    ['Ctrl+S', key('s', ctrl)],
    ['Ctrl+U', key('u', ctrl)],
    ['Cmd+[', key('[', cmd)],
    ['Ctrl+Shift+V', key('V', { control: true, shift: true })],
    ['BrowserBack', key('BrowserBack')],
    ['BrowserRefresh', key('BrowserRefresh')],
    ['BrowserHome', key('BrowserHome')],
    ['LaunchApplication1', key('LaunchApplication1')],
    ['Print', key('Print')],
    ['ZoomIn', key('ZoomIn')],
  ])('blocks %s', (_name, input) => {
    expect(isBlockedKioskShortcut(input)).toBe(true);
  });

  it.each([
    ['a', key('a')],
    ['Shift+A', key('A', { shift: true })],
    ['ø', key('ø')],
    ['Enter', key('Enter')],
    ['Tab', key('Tab')],
    ['Escape', key('Escape')],
    ['Backspace', key('Backspace')],
    ['Space', key(' ')],
    ['ArrowLeft', key('ArrowLeft')],
    ['plus', key('+')],
    ['Ctrl+C', key('c', ctrl)],
    ['Ctrl+V', key('v', ctrl)],
    ['Ctrl+X', key('x', ctrl)],
    ['Ctrl+A', key('a', ctrl)],
    ['Ctrl+Z', key('z', ctrl)],
    ['Ctrl+Shift+Z', key('Z', { control: true, shift: true })],
    ['Ctrl+Y', key('y', ctrl)],
    ['Cmd+V', key('v', cmd)],
    ['Ctrl+Backspace', key('Backspace', ctrl)],
    ['Ctrl+ArrowLeft', key('ArrowLeft', ctrl)],
    ['Ctrl alone', key('Control', ctrl)],
    ['Alt alone', key('Alt', { alt: true })],
    ['AltGr+2 = @ (Danish)', key('@', { control: true, alt: true })],
    ['AltGr+E = € (German)', key('€', { control: true, alt: true })],
    ['AltGr+7 = { (Danish)', key('{', { control: true, alt: true })],
    ['Alt+letter (menu accelerators are gone with the menu)', key('f', { alt: true })],
  ])('lets %s through', (_name, input) => {
    expect(isBlockedKioskShortcut(input)).toBe(false);
  });
});

describe('createWindowManager', () => {
  const { FakeBrowserWindow, powerSaveBlocker } = electron;
  const options = { preloadPath: '/app/dist/preload/preload.cjs', entryUrl: 'app://landhub/' };

  beforeEach(() => {
    FakeBrowserWindow.created = [];
    powerSaveBlocker.start.mockClear();
    powerSaveBlocker.stop.mockClear();
  });

  it('opens a secure window for the role and shows it when ready', () => {
    const manager = createWindowManager(options);
    manager.open('host');
    const [window] = FakeBrowserWindow.created;
    expect(window!.options).toMatchObject({ width: 1280, webPreferences: { preload: options.preloadPath, sandbox: true, contextIsolation: true } });
    expect(window!.loadedUrl).toBe('app://landhub/');
    expect(window!.webContents.listeners.has('before-input-event')).toBe(false);
    expect(window!.calls).toEqual([]);
    window!.listeners.get('ready-to-show')!();
    expect(window!.calls).toEqual(['show']);
    expect(powerSaveBlocker.start).not.toHaveBeenCalled();
  });

  it('locks the kiosk down and keeps its screen on', () => {
    const manager = createWindowManager(options);
    manager.open('kiosk');
    const [window] = FakeBrowserWindow.created;
    expect(window!.calls).toContain('removeMenu');
    const preventDefault = vi.fn();
    const onInput = window!.webContents.listeners.get('before-input-event')!;
    onInput({ preventDefault }, { key: 'r', control: true, meta: false, alt: false, shift: false });
    onInput({ preventDefault }, { key: 'a', control: false, meta: false, alt: false, shift: false });
    expect(preventDefault).toHaveBeenCalledTimes(1);
    expect(powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
  });

  it('replaces the window when the role changes, opening the new one first', () => {
    const manager = createWindowManager(options);
    manager.open('kiosk');
    const second = manager.open('host');
    const [first, created] = FakeBrowserWindow.created;
    expect(created).toBe(second);
    expect(first!.calls).toContain('close');
    expect(manager.current()).toBe(second);
    expect(powerSaveBlocker.stop).toHaveBeenCalledTimes(1);
  });

  it('forgets a window the user closed, and focuses a minimised one', () => {
    const manager = createWindowManager(options);
    manager.open('host');
    const [window] = FakeBrowserWindow.created;
    window!.minimized = true;
    manager.focus();
    expect(window!.calls).toEqual(['restore', 'focus']);
    window!.close();
    expect(manager.current()).toBeNull();
    expect(() => { manager.focus(); }).not.toThrow();
  });

  it('reopens after the current IPC reply', async () => {
    const manager = createWindowManager(options);
    manager.reopenSoon('wall');
    expect(FakeBrowserWindow.created).toHaveLength(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(FakeBrowserWindow.created[0]!.options.fullscreen).toBe(true);
  });
});
