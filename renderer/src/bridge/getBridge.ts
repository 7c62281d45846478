import type { LandhubBridge } from '@core/ipcContract';
import { createWebBridge } from './webBridge';

declare global {
  interface Window {
    /** Set by Electron's preload; absent in browser mode. */
    landhub?: LandhubBridge;
  }
}

export function getBridge(): LandhubBridge {
  if (window.landhub) return window.landhub;
  return createWebBridge(window.localStorage, async () => {
    const response = await fetch('./healthz', { cache: 'no-store' });
    return response.ok ? response.json() : null;
  });
}
