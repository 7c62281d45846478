// `npm start`: launches the desktop app. Electron's own install script is denied in package.json
// (our build machines cannot reach its download host, and a failing download would fail
// `npm ci`), so the runtime is fetched here, on the first start of a machine that can.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

if (!existsSync(join(electronDir, 'path.txt'))) {
  console.log('Downloading the Electron runtime (first start only)…');
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'inherit' });
  if (install.status !== 0) {
    console.error('Could not download Electron. Check the internet connection, or run Landhub in a browser: npm run hub');
    process.exit(1);
  }
}

const electronPath = require('electron');
const child = spawn(electronPath, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  process.exit(signal ? 1 : (code ?? 0));
});
