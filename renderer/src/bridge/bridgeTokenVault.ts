import type { LandhubBridge } from '@core/ipcContract';
import type { TokenVault } from '../data/sync/tokenVault';

/** The shell's secret storage as the sync code sees it (Electron safeStorage; none in a browser). */
export function bridgeTokenVault(bridge: LandhubBridge): TokenVault {
  return {
    store: async (token) => (await bridge.invoke('secrets:setHubToken', token)).stored,
    read: () => bridge.invoke('secrets:getHubToken'),
  };
}
