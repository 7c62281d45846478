import { HOST_PIN_SUBJECT, makePinVerifier, memberPinSubject, newPinSalt, PIN_ITERATIONS, PIN_LENGTH, pinOpens } from '@core/pinVerifier';
import { latencyLines, type MetricLine, type ScenarioReport } from './report';
import { round, summarize } from './searchLatency';

/**
 * What one PIN check costs (core/pinVerifier.ts, the same code in kiosks and the hub), and
 * what that means for someone trying every PIN offline on one core of this machine
 * (docs/SECURITY.md "What someone holding a kiosk's storage can and cannot do").
 */
const SAMPLES = 12;
/** The range the iteration count was chosen for: slow for a guesser, quick enough at the kiosk. */
const TARGET_MS = { low: 100, high: 200 };

export async function runPinScenario(): Promise<ScenarioReport> {
  const salt = newPinSalt();
  const verifier = await makePinVerifier('482915', salt, HOST_PIN_SUBJECT);
  const samples: number[] = [];
  for (let sample = 0; sample < SAMPLES; sample++) {
    const started = performance.now();
    // A wrong PIN costs what a right one does: the guesser's price.
    await pinOpens('000000', verifier, salt, HOST_PIN_SUBJECT);
    samples.push(performance.now() - started);
  }
  const summary = summarize(samples);
  const perGuessS = summary.p50 / 1000;
  const memberSpace = 10 ** PIN_LENGTH.member;
  const hostSpace = 10 ** PIN_LENGTH.host;
  const check = latencyLines('pin_check_ms', summary, { iterations: PIN_ITERATIONS, runtime: `node ${process.version}` });
  const p50 = check[0];
  // Under the upper bound, and reported against the lower one: too fast helps a guesser.
  if (p50) Object.assign(p50, { target: TARGET_MS.high, targetOp: '<', targetLow: TARGET_MS.low, pass: summary.p50 >= TARGET_MS.low && summary.p50 < TARGET_MS.high });
  const lines: MetricLine[] = [
    ...check,
    { metric: 'pin_offline_all_member_pins_min', value: round((memberSpace * perGuessS) / 60, 1), unit: 'min', cores: 1, digits: PIN_LENGTH.member },
    { metric: 'pin_offline_all_host_pins_h', value: round((hostSpace * perGuessS) / 3600, 1), unit: 'h', cores: 1, digits: PIN_LENGTH.host },
  ];
  // Keeps the member subject in the measured code path honest too (one check, not timed).
  await pinOpens('2580', await makePinVerifier('2580', salt, memberPinSubject('bench')), salt, memberPinSubject('bench'));
  return { lines, diagnostics: [] };
}
