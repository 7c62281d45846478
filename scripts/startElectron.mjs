// `npm start`: launches the desktop app. The runtime is fetched here, on the first start of a
// machine that can reach Electron's download host: since Electron 42 its package has no install
// script (package.json's allowScripts would deny one), so `npm ci` never downloads it, and
// `require('electron')` would download it itself with a stack trace on failure.
// `npm start -- --verbose` (or LANDHUB_VERBOSE=1) shows the installer's own output on failure.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { ensureElectronRuntime, VERBOSE_FLAG, wantsDetail } from './electronRuntime.mjs';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const args = process.argv.slice(2);

if (!ensureElectronRuntime({ electronDir, verbose: wantsDetail(args, process.env) })) process.exit(1);

const electronPath = require('electron');
const child = spawn(electronPath, ['.', ...args.filter((arg) => arg !== VERBOSE_FLAG)], { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  process.exit(signal ? 1 : (code ?? 0));
});
