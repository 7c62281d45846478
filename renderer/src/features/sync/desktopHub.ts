import type { DiscoveredHub, HubStatus } from '@core/ipcContract';
import { normalizeHubUrl } from '@core/hubAddress';
import type { CompareText } from '../../app/formatting';
import { groupPairingCode } from './syncFormat';

/**
 * One button per hub, in a steady order: a hub with two network cards, or heard twice during
 * the search, is announced more than once, and a list that reshuffles makes people tap the
 * wrong line.
 */
export function tidyDiscoveredHubs(found: readonly DiscoveredHub[], compareText: CompareText): DiscoveredHub[] {
  const byAddress = new Map<string, DiscoveredHub>();
  for (const hub of found) {
    const url = normalizeHubUrl(hub.url);
    if (url === null) continue;
    const known = byAddress.get(url);
    // The announcement that says which version it runs is the more useful one to show.
    if (known === undefined || (known.version === null && hub.version !== null)) byAddress.set(url, { ...hub, url });
  }
  return [...byAddress.values()].sort((a, b) => compareText(a.name, b.name) || a.url.localeCompare(b.url));
}

export type HubHereView =
  | { kind: 'checking' }
  | { kind: 'starting' }
  | { kind: 'stopping' }
  | { kind: 'off' }
  /** Switched on, but the hub has not come up (yet) and says nothing is wrong. */
  | { kind: 'notRunning' }
  | { kind: 'problem'; problem: string }
  | { kind: 'running'; lanUrls: string[]; firstHostCode: string | null };

/**
 * What the "This machine runs the hub" section says. `switchingTo` is the value the host just
 * chose while the shell is still starting or stopping the hub; `status` is null until read.
 */
export function hubHereView(status: HubStatus | null, runsHub: boolean, switchingTo: boolean | null): HubHereView {
  if (switchingTo !== null) return { kind: switchingTo ? 'starting' : 'stopping' };
  if (status === null) return { kind: 'checking' };
  if (status.problem !== null) return { kind: 'problem', problem: status.problem };
  if (status.running) {
    return {
      kind: 'running',
      lanUrls: [...new Set(status.lanUrls)],
      firstHostCode: status.firstHostCode === null ? null : groupPairingCode(status.firstHostCode),
    };
  }
  return runsHub ? { kind: 'notRunning' } : { kind: 'off' };
}

/** A failed call's message, for the "in plain words" line that follows the app's own sentence. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Electron prefixes what main threw with the channel it came through; people need only the reason.
  return message.replace(/^Error invoking remote method '[^']*': (?:Error: )?/, '');
}
