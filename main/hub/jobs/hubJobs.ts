import { closingCheckOutJob } from './closingCheckOut';
import { guestRetentionJob } from './guestRetention';
import type { RunnableJob } from './hubJob';
import { noShowReleaseJob } from './noShowRelease';

/** Every job the hub runs on its clock. A new job is one file beside this one and a line here. */
export const hubJobs: readonly RunnableJob[] = [closingCheckOutJob, guestRetentionJob, noShowReleaseJob];
