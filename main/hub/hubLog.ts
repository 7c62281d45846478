/**
 * The hub's log: one line per event on stderr, so a host (or journald) can see what the hub
 * does: pairings, removals, refused changes, connection errors. Lines never hold a token, a
 * PIN or a member's personal data; only ids, roles and reason codes.
 */
export type HubLogDetails = Record<string, string | number | boolean | null | undefined>;

type LogSink = (line: string) => void;
let sink: LogSink = (line) => { process.stderr.write(`${line}\n`); };

/** Tests collect lines instead of printing them. */
export function setHubLogSink(next: LogSink | null): void {
  sink = next ?? ((line) => { process.stderr.write(`${line}\n`); });
}

export function hubLog(event: string, details: HubLogDetails = {}, now: Date = new Date()): void {
  const fields = Object.entries(details)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${formatValue(value)}`);
  sink([now.toISOString(), event, ...fields].join(' '));
}

function formatValue(value: string | number | boolean | null | undefined): string {
  const text = String(value);
  // One event, one line: a value can never break the line or fake another field.
  return /^[\w.:/@+-]{1,120}$/.test(text) ? text : JSON.stringify(text.slice(0, 200));
}

/**
 * At most `perMinute` lines per key (a device, a reason), then one line saying how many were
 * left out, so one noisy machine cannot flood the log.
 */
export function rateLimitedHubLog(perMinute: number, clock: () => number = Date.now) {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return (key: string, event: string, details: HubLogDetails = {}): void => {
    const now = clock();
    const window = windows.get(key);
    if (!window || now - window.startedAt >= 60_000) {
      if (window && window.count > perMinute) hubLog('log.suppressed', { key, lines: window.count - perMinute });
      windows.set(key, { startedAt: now, count: 1 });
      hubLog(event, details);
      return;
    }
    window.count += 1;
    if (window.count <= perMinute) hubLog(event, details);
  };
}
