import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const packageJsonSchema = z.object({ version: z.string().min(1) });

// Read at run time rather than imported: package.json sits outside the node project's sources,
// and the hub should report the version of the install it runs from.
const PACKAGE_JSON = new URL('../../package.json', import.meta.url);

export async function readHubVersion(packageJson: URL = PACKAGE_JSON): Promise<string> {
  const raw: unknown = JSON.parse(await readFile(packageJson, 'utf8'));
  return packageJsonSchema.parse(raw).version;
}
