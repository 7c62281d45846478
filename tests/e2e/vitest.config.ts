import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the real hub CLI serving the built renderer, driven through Debian's
 * Chromium. `npm run test:e2e` builds first; the global setup only checks that it did.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { alias: { '@core': fileURLToPath(new URL('../../core', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['./tests/e2e/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: one Chromium plus one hub at a time is all the machine can run without flaking.
    fileParallelism: false,
    // The app writes through IndexedDB and repaints from live queries; a second is too tight for that.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
