import { join } from 'node:path';
import { HybridClock, hlcNodeFromDeviceId } from '@core/hlc';
import { newId } from '@core/ids';
import { deviceMessageSchema, MAX_PUSH_MUTATIONS, parseFrame } from '@core/sync/messages';
import { HUB_DATABASE_FILE } from '../main/hub/hubService';
import { openSqliteHubStore } from '../main/hub/sync/sqliteHubStore';
import { applyPush, HUB_NODE, type Mutation } from '../main/hub/sync/syncEngine';
import { newDataDir } from './hubProcess';
import { log } from './pageScenario';
import { type ScenarioReport } from './report';
import { round, summarize } from './searchLatency';

/**
 * The hub engine alone, in Node: pushes of 500 check-ins (the most a push may carry) from one
 * kiosk, applied with `applyPush` into a file-backed SQLite store (WAL, synchronous FULL).
 */
const BATCHES = 100;
const MEMBERS = 2000;

function batchOf(device: { id: string; clock: HybridClock }, firstMutation: number, memberIds: readonly string[], now: Date): Mutation[] {
  return Array.from({ length: MAX_PUSH_MUTATIONS }, (_, index) => {
    const mutation = firstMutation + index;
    const fields = { memberId: memberIds[mutation % memberIds.length] ?? '', kind: mutation % 2 === 0 ? 'in' : 'out', at: now.toISOString(), method: 'name', bookingId: null };
    return { mutation, change: { table: 'checkIns' as const, recordId: newId(), fields, hlc: device.clock.now(), deviceId: device.id } };
  });
}

export async function runHubApply(): Promise<ScenarioReport> {
  const data = await newDataDir();
  try {
    const store = openSqliteHubStore(join(data.dir, HUB_DATABASE_FILE));
    try {
      const hubClock = new HybridClock(HUB_NODE);
      const id = newId();
      const device = { id, clock: new HybridClock(hlcNodeFromDeviceId(id)) };
      const memberIds = Array.from({ length: MEMBERS }, () => newId());
      const applyMs: number[] = [];
      const parseMs: number[] = [];
      let applied = 0;
      for (let batch = 0; batch < BATCHES; batch++) {
        const now = new Date();
        const mutations = batchOf(device, batch * MAX_PUSH_MUTATIONS + 1, memberIds, now);
        // The frame the server parses before it applies: same strict schema as on the wire.
        const text = JSON.stringify({ type: 'push', mutations });
        const parseStarted = performance.now();
        if (!parseFrame(deviceMessageSchema, text).ok) throw new Error('The bench push frame does not parse');
        parseMs.push(performance.now() - parseStarted);
        const started = performance.now();
        const results = applyPush(store, { id, role: 'kiosk', roomId: null }, mutations, hubClock, now);
        applyMs.push(performance.now() - started);
        applied += results.filter((result) => result.status === 'applied').length;
      }
      const total = applyMs.reduce((sum, ms) => sum + ms, 0);
      const batches = summarize(applyMs);
      const parse = summarize(parseMs);
      log(`hub apply: ${applied} check-ins in ${Math.round(total)} ms`);
      return {
        lines: [{
          metric: 'hub_apply_changes_per_s', value: Math.round(applied / (total / 1000)), unit: 'changes/s',
          changes: applied, batchSize: MAX_PUSH_MUTATIONS, batches: BATCHES, batchP50Ms: round(batches.p50), batchP95Ms: round(batches.p95),
          frameParseP50Ms: round(parse.p50), store: 'sqlite file, WAL, synchronous=FULL',
        }],
        diagnostics: [`  hub apply: ${BATCHES} pushes of ${MAX_PUSH_MUTATIONS}; zod parse of a push frame p50 ${round(parse.p50)} ms (not in the rate)`],
      };
    } finally {
      store.close();
    }
  } finally {
    await data.remove();
  }
}
