/**
 * Runs the real hub CLI with its clock shifted by LANDHUB_E2E_CLOCK_OFFSET_MS (see hubTime.ts):
 * the test harness replaces the process's Date before the hub loads, so no hub code knows of
 * tests. Timers keep real time; only the wall clock moves.
 */
const offsetMs = Number(process.env.LANDHUB_E2E_CLOCK_OFFSET_MS ?? '0');
if (!Number.isFinite(offsetMs)) throw new Error('LANDHUB_E2E_CLOCK_OFFSET_MS must be a number of milliseconds');

const RealDate = Date;
class ShiftedDate extends RealDate {
  constructor(...args: [] | [string | number | Date] | [number, number, number?, number?, number?, number?, number?]) {
    if (args.length === 0) super(RealDate.now() + offsetMs);
    else if (args.length === 1) super(args[0]);
    else super(...args);
  }

  static override now(): number {
    return RealDate.now() + offsetMs;
  }
}
globalThis.Date = ShiftedDate as DateConstructor;

await import('../../../main/hub/cli');

export {};
