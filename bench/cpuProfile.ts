import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright';
import { log } from './pageScenario';

/**
 * `LANDHUB_BENCH_PROFILE=<folder>`: a CPU profile (DevTools' .cpuprofile) of one more desk week
 * step or pinboard tap after the timed ones, and its heaviest functions by self time on stderr. Serve an
 * unminified build (`LANDHUB_BENCH_RENDERER`) to read the app's own function names.
 */
export const PROFILE_DIR = process.env.LANDHUB_BENCH_PROFILE;

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[]; startTime: number; endTime: number }

const TOP = 30;

function selfTimes(profile: Profile): { name: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (const [index, id] of samples.entries()) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const file = frame.url.split('/').pop() ?? '';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${String(frame.lineNumber + 1)}`;
    // A sample's time is the gap to the next one.
    totals.set(name, (totals.get(name) ?? 0) + (deltas[index + 1] ?? 0) / 1000);
  }
  return [...totals].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

/** Profiles `work` in the page, writes `<name>.cpuprofile` into PROFILE_DIR and logs the top self times. */
export async function profiled(page: Page, name: string, work: () => Promise<void>): Promise<void> {
  if (!PROFILE_DIR) return;
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await work();
    const { profile } = await cdp.send('Profiler.stop') as { profile: Profile };
    const file = join(PROFILE_DIR, `${name}.cpuprofile`);
    await writeFile(file, JSON.stringify(profile));
    const top = selfTimes(profile).slice(0, TOP);
    log(`CPU profile of ${name} (${String(Math.round((profile.endTime - profile.startTime) / 1000))} ms) in ${file}; self time:\n${top.map((entry) => `  ${entry.ms.toFixed(1).padStart(8)} ms  ${entry.name}`).join('\n')}`);
  } finally {
    await cdp.detach();
  }
}
