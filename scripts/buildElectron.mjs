// Bundles the Electron main process and the preload into dist/. Both are CommonJS: Electron's
// sandboxed preload cannot load ES modules or require anything but 'electron', and one file
// per process keeps start-up free of module resolution.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The root tsconfig carries the `@core/*` path alias.
  tsconfig: 'tsconfig.json',
  sourcemap: true,
  logLevel: 'info',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['main/main.ts'],
    outfile: 'dist/main/main.cjs',
    // Native modules (and ws's optional native helpers) are loaded from node_modules at run time.
    external: ['electron', 'better-sqlite3', 'bufferutil', 'utf-8-validate'],
    // The embedded hub finds its files relative to import.meta.url, which CommonJS lacks.
    define: { 'import.meta.url': '__landhubImportMetaUrl' },
    banner: { js: "const __landhubImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  }),
  build({
    ...common,
    entryPoints: ['preload/preload.ts'],
    outfile: 'dist/preload/preload.cjs',
    external: ['electron'],
  }),
]);
