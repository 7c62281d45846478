import { access, copyFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { startHubServer } from '../main/hub/server';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** `LANDHUB_BENCH_RENDERER`: another build to serve (say, an unminified one for a readable CPU profile). */
const BUILT_RENDERER = process.env.LANDHUB_BENCH_RENDERER ?? join(ROOT, 'dist', 'renderer');

export interface BenchSite {
  /** Origin of the app and the bench page alike, so both see one IndexedDB. */
  url: string;
  close(): Promise<void>;
}

/** Classic scripts: the probe is injected with a plain <script src>, and bench.html needs no module loader. */
async function bundleBenchScripts(outdir: string): Promise<void> {
  await build({
    entryPoints: {
      bench: join(ROOT, 'bench', 'browser', 'benchPage.ts'),
      'bench-probe': join(ROOT, 'bench', 'browser', 'uiProbe.ts'),
      'bench-paint-probe': join(ROOT, 'bench', 'browser', 'paintProbe.ts'),
      'bench-kiosk-probe': join(ROOT, 'bench', 'browser', 'kioskProbe.ts'),
      'bench-wall-probe': join(ROOT, 'bench', 'browser', 'wallProbe.ts'),
      'bench-grid-probe': join(ROOT, 'bench', 'browser', 'gridProbe.ts'),
      'bench-pinboard-probe': join(ROOT, 'bench', 'browser', 'pinboardProbe.ts'),
    },
    outdir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    // Resolves '@core/*' the same way the type checker does.
    tsconfig: join(ROOT, 'tsconfig.node.json'),
    logLevel: 'warning',
  });
}

export interface SiteFiles {
  /** The built renderer plus bench.html and the bench bundles: a --renderer folder for a hub. */
  dir: string;
  remove(): Promise<void>;
}

/** A copy of the built renderer with the bench page beside it; the copy keeps dist/ untouched. */
export async function prepareSiteFiles(): Promise<SiteFiles> {
  await access(join(BUILT_RENDERER, 'index.html')).catch(() => {
    throw new Error(`No built renderer in ${BUILT_RENDERER}: run \`npm run bench\` (it builds first).`);
  });
  const dir = await mkdtemp(join(tmpdir(), 'landhub-bench-site-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await cp(BUILT_RENDERER, dir, { recursive: true });
    await copyFile(join(ROOT, 'bench', 'browser', 'bench.html'), join(dir, 'bench.html'));
    await bundleBenchScripts(dir);
    return { dir, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** The site served by the real hub server (same headers, same CSP as production), without sync. */
export async function startBenchSite(files: SiteFiles): Promise<BenchSite> {
  const hub = await startHubServer({ port: 0, host: '127.0.0.1', rendererDir: files.dir });
  return { url: `http://127.0.0.1:${hub.port}`, close: () => hub.close() };
}
