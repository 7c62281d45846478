import { z } from 'zod';
import { hubSettingsFieldsSchema } from '@core/schemas';
import { storedHubSettings } from '../storedSettings';
import type { HubStore } from '../sync/hubStore';
import type { HubWrite } from '../sync/syncEngine';

/** The settings the hub's timed jobs follow, read from the hub's own copy at every run. */
const jobSettingsSchema = z.object(hubSettingsFieldsSchema.pick({ timeZone: true, closingTime: true, guestRetentionDays: true, noShowReleaseMinutes: true }).shape);
export type JobSettings = z.infer<typeof jobSettingsSchema>;

export interface JobContext {
  now: Date;
  settings: JobSettings;
  /** Ids for records a job creates; a test passes a counter. */
  newId: () => string;
}

/**
 * A job driven by the clock. `read` takes what it needs from the store; `plan` is pure (rows,
 * now, settings in; changes out), so it is tested without a store or timers. The scheduler runs
 * read, plan and the writes in one store transaction, so a job's changes land whole or not at all.
 */
export interface HubJob<Rows> {
  name: string;
  everyMs: number;
  read(store: HubStore, context: JobContext): Rows;
  plan(rows: Rows, context: JobContext): HubWrite[];
}

export interface RunnableJob {
  name: string;
  everyMs: number;
  run(store: HubStore, context: JobContext): HubWrite[];
}

/** Hides a job's own row type, so jobs of different kinds go in one list. */
export function defineJob<Rows>(job: HubJob<Rows>): RunnableJob {
  return { name: job.name, everyMs: job.everyMs, run: (store, context) => job.plan(job.read(store, context), context) };
}

/** The hub's settings row, each field the default a new hub starts with until a host changes it. */
export function jobSettingsOf(store: HubStore): JobSettings {
  return jobSettingsSchema.parse(storedHubSettings(store));
}
