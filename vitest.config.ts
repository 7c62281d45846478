import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit and property tests: beside the code they test, in Node (Dexie on fake-indexeddb). */
export default defineConfig({
  resolve: { alias: { '@core': fileURLToPath(new URL('./core', import.meta.url)) } },
  test: {
    include: ['core/**/*.test.ts', 'renderer/src/**/*.test.{ts,tsx}', 'main/**/*.test.ts', 'preload/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./tests/unitSetup.ts'],
    testTimeout: 20_000,
  },
});
