import { useRef, useState } from 'react';
import type { DiscoveredHub } from '@core/ipcContract';
import { useFormatting } from '../../app/formatting';
import { useBridge } from '../../app/services';
import { errorMessage, tidyDiscoveredHubs } from './desktopHub';

export type Discovery =
  | { name: 'idle' }
  | { name: 'searching' }
  | { name: 'done'; hubs: DiscoveredHub[] }
  | { name: 'failed'; message: string };

/** "Find hubs on this network": the shell listens for hub announcements for a few seconds. */
export function useHubDiscovery() {
  const bridge = useBridge();
  const { compareText } = useFormatting();
  const [discovery, setDiscovery] = useState<Discovery>({ name: 'idle' });
  // A second tap while the first search runs would only restart the wait.
  const searching = useRef(false);

  const search = async () => {
    if (searching.current) return;
    searching.current = true;
    setDiscovery({ name: 'searching' });
    try {
      setDiscovery({ name: 'done', hubs: tidyDiscoveredHubs(await bridge.invoke('hub:discover'), compareText) });
    } catch (error) {
      setDiscovery({ name: 'failed', message: errorMessage(error) });
    } finally {
      searching.current = false;
    }
  };

  return { discovery, search };
}
