import { bookingEndToday, checkedInSince, dueForClosingCheckOut } from '@core/checkInRules';
import type { CheckIn } from '@core/schemas';
import { startOfDay } from 'date-fns';
import { checkOut } from '../../data/checkInRepo';
import type { DataContext } from '../../data/dataContext';
import { eraseExpiredGuestsLocally, purgeExpiredGuests } from '../../data/guestRepo';

export interface HousekeepingTiming {
  /** The first run waits a moment, so the hub's settings have loaded and a StrictMode remount can cancel it. */
  firstRunMs: number;
  guestPurgeEveryMs: number;
  closingCheckEveryMs: number;
}

export const defaultTiming: HousekeepingTiming = {
  firstRunMs: 5_000,
  guestPurgeEveryMs: 60 * 60_000,
  closingCheckEveryMs: 60_000,
};

export interface HousekeepingOptions {
  context: DataContext;
  /** Read at every run, so a setting the host changes applies without a restart. */
  settings: () => { guestRetentionDays: number; closingTime: string };
  /** Today's check-in events as the screen knows them; undefined while still loading. */
  todaysEvents: () => readonly CheckIn[] | undefined;
  /**
   * Only the host desk closes the day (so two public screens do not both check people out) and
   * shares guest erasures with the hub; other machines erase their own copy only.
   */
  hostDesk: boolean;
  onError: (error: unknown) => void;
  timing?: Partial<HousekeepingTiming>;
}

/**
 * Members to check out automatically: those still in after closing time who were already in
 * at closing time. Someone who arrives for an evening event is left alone, or the kiosk would
 * greet them and the board drop them a minute later.
 */
export function closingCheckOuts(events: readonly CheckIn[], now: Date, closingTime: string): string[] {
  const closing = bookingEndToday(startOfDay(now), closingTime).getTime();
  return dueForClosingCheckOut(events, now, closingTime)
    .filter((memberId) => (checkedInSince(events, memberId, now)?.getTime() ?? Infinity) <= closing);
}

/** Starts the background jobs of this machine; the returned function stops them. */
export function startHousekeeping(options: HousekeepingOptions): () => void {
  const timing = { ...defaultTiming, ...options.timing };
  const { context, onError } = options;
  let stopped = false;
  let closingRun: Promise<void> | null = null;

  const purgeGuests = () => {
    if (stopped) return;
    // An async wrapper, so a failure of any kind ends up in onError rather than in the timer.
    const erase = options.hostDesk ? purgeExpiredGuests : eraseExpiredGuestsLocally;
    (async () => { await erase(context, options.settings().guestRetentionDays); })().catch(onError);
  };

  const closeDay = async () => {
    const events = options.todaysEvents();
    if (!events) return;
    const due = closingCheckOuts(events, context.now(), options.settings().closingTime);
    for (const memberId of due) {
      if (stopped) return;
      await checkOut(context, memberId, 'automatic');
    }
  };

  const checkClosing = () => {
    // A slow disk must not let two runs overlap and check the same member out twice.
    if (stopped || !options.hostDesk || closingRun) return;
    closingRun = closeDay().catch(onError).finally(() => { closingRun = null; });
  };

  const first = setTimeout(() => { purgeGuests(); checkClosing(); }, timing.firstRunMs);
  const purgeTimer = setInterval(purgeGuests, timing.guestPurgeEveryMs);
  const closingTimer = options.hostDesk ? setInterval(checkClosing, timing.closingCheckEveryMs) : null;

  return () => {
    stopped = true;
    clearTimeout(first);
    clearInterval(purgeTimer);
    if (closingTimer !== null) clearInterval(closingTimer);
  };
}
