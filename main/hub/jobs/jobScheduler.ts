import { newId } from '@core/ids';
import type { HybridClock } from '@core/hlc';
import { hubLog } from '../hubLog';
import type { StoreHealth } from '../storeHealth';
import type { HubStore } from '../sync/hubStore';
import { applyHubWrites } from '../sync/syncEngine';
import { jobSettingsOf, type RunnableJob } from './hubJob';

export interface JobSchedulerOptions {
  store: HubStore;
  clock: HybridClock;
  now: () => Date;
  jobs: readonly RunnableJob[];
  /** Tells connected machines to pull (syncServer's poke). */
  poke: () => void;
  storeHealth: StoreHealth;
  /** For tests: run every job this often instead of at its own interval. */
  everyMs?: number;
}

export interface JobScheduler {
  /** Runs one job now, as the timer does; returns how many records it changed. */
  runNow(name: string): number;
  stop(): void;
}

/**
 * Runs the hub's timed jobs: each once at start, then on its own timer. One hub, one clock,
 * one time zone: with two host desks or none, every job still runs exactly once. A job's
 * reads and writes share one store transaction, and better-sqlite3 is synchronous, so two
 * runs can never overlap.
 */
export function startJobScheduler(options: JobSchedulerOptions): JobScheduler {
  const { store, clock, now, poke, storeHealth } = options;
  const byName = new Map(options.jobs.map((job) => [job.name, job]));

  const run = (job: RunnableJob): number => {
    try {
      const changed = store.transaction(() => {
        const writes = job.run(store, { now: now(), settings: jobSettingsOf(store), newId });
        return applyHubWrites(store, writes, clock);
      });
      if (changed > 0) {
        storeHealth.succeeded();
        hubLog('job.changed', { job: job.name, records: changed }, now());
        poke();
      }
      return changed;
    } catch (error) {
      // The next run tries again; an unknown time zone (a RangeError) waits for a host to fix it.
      hubLog('job.failed', { job: job.name, code: storeHealth.failed(error) ?? (error instanceof Error ? error.name : 'unknown') }, now());
      return 0;
    }
  };

  const timers = options.jobs.map((job) => {
    const timer = setInterval(() => { run(job); }, options.everyMs ?? job.everyMs);
    // A timer alone never keeps the hub's process alive.
    timer.unref();
    return timer;
  });
  for (const job of options.jobs) run(job);

  return {
    runNow: (name) => {
      const job = byName.get(name);
      if (!job) throw new Error(`No hub job named ${name}`);
      return run(job);
    },
    stop: () => { for (const timer of timers) clearInterval(timer); },
  };
}
