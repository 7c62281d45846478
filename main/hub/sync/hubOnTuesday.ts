import { afterEach, beforeEach, expect } from 'vitest';
import { formatHlc, hlcNodeFromDeviceId } from '@core/hlc';
import { newId } from '@core/ids';
import { defaultHubSettings } from '@core/schemas';
import type { HubMessage } from '@core/sync/messages';
import { zonedInstant } from '@core/time/zonedTime';
import type { RunningHub } from '../hubService';
import { pair, pairingCode, startTestHub, SyncConnection } from './syncTestClient';

/**
 * A real hub on loopback for the tests of what it judges in pushes (booking rules, series):
 * real sockets, and its clock injected to start on Tuesday 1 December 2026 at 17:30 in its zone,
 * so every time a test writes lies in one known day, whenever the test runs. Each test gets a
 * fresh hub with a paired host desk; the machines it pairs are closed after it.
 */

export type PushResult = Extract<HubMessage, { type: 'pushResult' }>['results'][number];
export interface TestMachine { deviceId: string; connection: SyncConnection; mutation: number }

export const HUB_ZONE = defaultHubSettings.timeZone;

export function useHubOnTuesdayEvening() {
  const startMs = zonedInstant('2026-12-01', '17:30', HUB_ZONE).getTime();
  let startedMs = 0;
  const hubNow = () => new Date(startMs + Date.now() - startedMs);
  const inMinutes = (minutes: number) => new Date(hubNow().getTime() + minutes * 60_000).toISOString();
  const state: { hub: RunningHub | null; stop: () => Promise<void>; hostToken: string; host: TestMachine | null } = { hub: null, stop: () => Promise.resolve(), hostToken: '', host: null };
  const machines: TestMachine[] = [];
  const running = () => {
    if (!state.hub) throw new Error('the hub starts before each test');
    return state.hub;
  };

  const connect = async (deviceId: string, token: string): Promise<TestMachine> => {
    const machine = { deviceId, connection: await SyncConnection.greeted(running(), token), mutation: 0 };
    machines.push(machine);
    return machine;
  };

  beforeEach(async () => {
    startedMs = Date.now();
    ({ hub: state.hub, stop: state.stop } = await startTestHub({ now: hubNow }));
    const code = state.hub.firstHostCode?.code;
    if (!code) throw new Error('a new hub must offer a first host code');
    const paired = await pair(state.hub, code, 'Host desk');
    state.hostToken = paired.token;
    state.host = await connect(paired.deviceId, paired.token);
  });
  afterEach(async () => {
    for (const open of machines.splice(0)) open.connection.close();
    await state.stop();
  });

  /** One change, stamped by the machine's clock set to the hub's. */
  const push = async (from: TestMachine, table: string, recordId: string, fields: Record<string, unknown>): Promise<PushResult | undefined> => {
    from.mutation += 1;
    const hlc = formatHlc({ wallMs: hubNow().getTime(), counter: from.mutation, node: hlcNodeFromDeviceId(from.deviceId) });
    from.connection.send({ type: 'push', mutations: [{ mutation: from.mutation, change: { table, recordId, fields, hlc, deviceId: from.deviceId } }] });
    return (await from.connection.next('pushResult')).results[0];
  };

  const bookNow = (roomId: string, minutes: number) => ({
    resourceKind: 'room', resourceId: roomId, memberId: null, title: '', startsAt: hubNow().toISOString(), endsAt: inMinutes(minutes),
    status: 'confirmed', rejection: null, confirmedAt: hubNow().toISOString(),
  });

  return {
    hubNow,
    inMinutes,
    push,
    /** The paired host desk of this test. */
    host: (): TestMachine => {
      if (!state.host) throw new Error('the host desk pairs before each test');
      return state.host;
    },
    /** A kiosk, or a door paired to its room, as the host desk pairs them. */
    machine: async (role: 'kiosk' | 'room', roomId: string | null = null): Promise<TestMachine> => {
      const paired = await pair(running(), await pairingCode(running(), state.hostToken, role, roomId), `A ${role}`);
      return connect(paired.deviceId, paired.token);
    },
    /** A record as the machine pulls it from the hub. */
    pulled: async (from: TestMachine, id: string) => {
      from.connection.send({ type: 'pull', sinceSeq: 0, limit: 5000 });
      return (await from.connection.next('changes')).records.find((record) => record.row.id === id)?.row;
    },
    /** Pushes a new record, expects it applied, and answers its id. */
    create: async (from: TestMachine, table: string, fields: Record<string, unknown>): Promise<string> => {
      const id = newId();
      expect(await push(from, table, id, fields)).toMatchObject({ status: 'applied' });
      return id;
    },
    /** A door's "book now" from this moment. */
    bookNow,
    /** A kiosk's walk-in desk for member-1, from this moment for half an hour. */
    walkIn: (deskId: string) => ({ ...bookNow(deskId, 30), resourceKind: 'desk', memberId: 'member-1' }),
  };
}
