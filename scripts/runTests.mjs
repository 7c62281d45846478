// `npm test`: every check of the project in one run, ending with one line "N passed, N failed".
// Typecheck, lint, the dead-code check and the renderer build count as one check each; vitest suites count per test.
// Every step runs even when an earlier one failed, so one run shows everything that is wrong.
// An Electron major past its end of support (scripts/electronSupport.ts) is a warning, printed
// first and again just above the last line, never a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const resultsDir = 'test-results';
mkdirSync(resultsDir, { recursive: true });
const totals = { passed: 0, failed: 0 };
const failures = [];

function run(command, args) {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(name, command, args) {
  if (run(command, args)) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(name);
  }
}

function vitestSuite(name, config) {
  const report = join(resultsDir, `${name}.json`);
  rmSync(report, { force: true });
  const ok = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  if (!existsSync(report)) {
    totals.failed += 1;
    failures.push(`${name} (the runner crashed before reporting)`);
    return;
  }
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  totals.passed += summary.numPassedTests;
  totals.failed += summary.numFailedTests;
  if (summary.numFailedTests > 0) failures.push(`${name}: ${summary.numFailedTests} failed`);
  // A suite can fail outside any test (an import error, a failing hook): count it once.
  if (!ok && summary.numFailedTests === 0) {
    totals.failed += 1;
    failures.push(`${name} (failed outside a test)`);
  }
  if (summary.numTotalTests === 0) {
    totals.failed += 1;
    failures.push(`${name} ran no test`);
  }
}

/** The support check's warning, or one saying the check could not run; '' when all is well. */
function electronSupportWarning() {
  const result = spawnSync('npx', ['tsx', 'scripts/checkElectronSupport.ts'], { encoding: 'utf8', env: process.env });
  if (result.status !== 0) return `WARNING: could not check Electron's end of support: ${(result.stderr || String(result.error)).trim().split('\n')[0]}`;
  return result.stdout.trim();
}

const supportWarning = electronSupportWarning();
if (supportWarning !== '') console.log(supportWarning);

check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
check('lint', 'npm', ['run', '--silent', 'lint']);
// Dead code: unused files, exports, types and dependencies, from the entry points in knip.json.
check('dead code', 'npx', ['knip', '--no-progress']);
vitestSuite('unit', 'vitest.config.ts');
const built = run('npm', ['run', '--silent', 'build:web']);
if (built) {
  totals.passed += 1;
  vitestSuite('e2e', 'tests/e2e/vitest.config.ts');
} else {
  totals.failed += 1;
  failures.push('build:web (e2e tests not run)');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join('; ')}`);
if (supportWarning !== '') console.log(`\n${supportWarning}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
