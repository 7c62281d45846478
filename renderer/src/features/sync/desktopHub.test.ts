import { describe, expect, it } from 'vitest';
import type { HubStatus } from '@core/ipcContract';
import { compareTextFor } from '../../app/formatting';
import { errorMessage, hubHereView, tidyDiscoveredHubs } from './desktopHub';

const compareText = compareTextFor('en');

const hub = (name: string, url: string, version: string | null = '1.0.0') => ({ name, url, version });

describe('hubs found on the network', () => {
  it('lists a hub announced twice (or with a trailing slash) once, keeping the announcement with a version', () => {
    const tidy = tidyDiscoveredHubs([
      hub('Barn hub', 'http://192.168.1.20:4870/', null),
      hub('Barn hub', 'http://192.168.1.20:4870', '2.1.0'),
      hub('Barn hub', 'http://192.168.1.20:4870', null),
    ], compareText);
    expect(tidy).toEqual([hub('Barn hub', 'http://192.168.1.20:4870', '2.1.0')]);
  });

  it('keeps a hub reachable on two addresses as two choices', () => {
    const tidy = tidyDiscoveredHubs([hub('Barn hub', 'http://192.168.1.20:4870'), hub('Barn hub', 'http://10.0.0.5:4870')], compareText);
    expect(tidy.map((found) => found.url)).toEqual(['http://10.0.0.5:4870', 'http://192.168.1.20:4870']);
  });

  it('orders by name so the list does not reshuffle between searches', () => {
    const names = (list: ReturnType<typeof tidyDiscoveredHubs>) => list.map((found) => found.name);
    const a = hub('Mill', 'http://10.0.0.2:4870');
    const b = hub('Barn', 'http://10.0.0.3:4870');
    const c = hub('Dairy', 'http://10.0.0.1:4870');
    expect(names(tidyDiscoveredHubs([a, b, c], compareText))).toEqual(['Barn', 'Dairy', 'Mill']);
    expect(names(tidyDiscoveredHubs([c, a, b], compareText))).toEqual(['Barn', 'Dairy', 'Mill']);
  });

  it('drops an announcement whose address is not http(s)', () => {
    expect(tidyDiscoveredHubs([hub('Odd', 'ftp://10.0.0.1')], compareText)).toEqual([]);
  });
});

const stopped: HubStatus = { running: false, url: null, lanUrls: [], firstHostCode: null, problem: null };
const running: HubStatus = {
  running: true,
  url: 'http://127.0.0.1:4870',
  lanUrls: ['http://192.168.1.20:4870', 'http://192.168.1.20:4870', 'http://10.0.0.5:4870'],
  firstHostCode: '12345678',
  problem: null,
};

describe('what the "runs the hub" section says', () => {
  it('says the hub is starting or stopping while the switch is busy, whatever the last status was', () => {
    expect(hubHereView(running, true, false)).toEqual({ kind: 'stopping' });
    expect(hubHereView(stopped, false, true)).toEqual({ kind: 'starting' });
    expect(hubHereView(null, false, true)).toEqual({ kind: 'starting' });
  });

  it('is still checking before the first status arrives', () => {
    expect(hubHereView(null, true, null)).toEqual({ kind: 'checking' });
  });

  it('shows the addresses once each and the first host code in two groups of four', () => {
    expect(hubHereView(running, true, null)).toEqual({
      kind: 'running',
      lanUrls: ['http://192.168.1.20:4870', 'http://10.0.0.5:4870'],
      firstHostCode: '1234 5678',
    });
    expect(hubHereView({ ...running, firstHostCode: null }, true, null)).toMatchObject({ firstHostCode: null });
  });

  it('puts a start-up problem first', () => {
    const problem = 'The hub could not start on this machine. Port 4870 is busy.';
    expect(hubHereView({ ...stopped, problem }, true, null)).toEqual({ kind: 'problem', problem });
  });

  it('tells "switched off" apart from "switched on but not running"', () => {
    expect(hubHereView(stopped, false, null)).toEqual({ kind: 'off' });
    expect(hubHereView(stopped, true, null)).toEqual({ kind: 'notRunning' });
  });
});

describe('error messages', () => {
  it('drops the channel prefix Electron adds to errors from the main process', () => {
    expect(errorMessage(new Error("Error invoking remote method 'hub:discover': Error: Multicast is blocked."))).toBe('Multicast is blocked.');
    expect(errorMessage(new Error('Network is down.'))).toBe('Network is down.');
    expect(errorMessage('plain')).toBe('plain');
  });
});
