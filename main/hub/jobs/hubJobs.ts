import { closingCheckOutJob } from './closingCheckOut';
import { guestRetentionJob } from './guestRetention';
import type { RunnableJob } from './hubJob';
import { noShowReleaseJob } from './noShowRelease';

/**
 * Every job the hub runs on its clock that writes records. A new job is one file beside this one
 * and a line here. The nightly backup (nightlyBackup.ts) runs on the same clock but writes no
 * record, so it has a timer of its own, started by hubService.ts.
 */
export const hubJobs: readonly RunnableJob[] = [closingCheckOutJob, guestRetentionJob, noShowReleaseJob];
