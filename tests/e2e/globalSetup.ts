import { access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export const CHROMIUM_PATH = '/usr/bin/chromium';
const rendererIndex = fileURLToPath(new URL('../../dist/renderer/index.html', import.meta.url));

/** Fails the run in one clear sentence instead of 40 timeouts when something is missing. */
export default async function checkPrerequisites(): Promise<void> {
  try {
    await access(rendererIndex);
  } catch {
    throw new Error(`The renderer is not built (${rendererIndex} is missing). Run "npm run build:web" first, or use "npm run test:e2e", which builds.`);
  }
  try {
    await access(CHROMIUM_PATH);
  } catch {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}. Install Debian's "chromium" package (apt-get install chromium); never download a browser.`);
  }
}
