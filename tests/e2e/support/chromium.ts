/**
 * How every test and benchmark starts Debian's Chromium. Without the networking switches
 * Chromium keeps trying to reach Google's hosts, which this machine's closed network refuses.
 * Plain module (no vitest), so the bench can use it too.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
