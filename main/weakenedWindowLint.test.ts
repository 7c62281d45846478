/**
 * The static check behind docs/SECURITY.md's "a weakened window fails CI": our own
 * eslint.config.js, run through ESLint's Node API on snippets placed in main/ and preload/.
 * Type-aware rules are switched off here (they need the files on disk and a TypeScript program,
 * and say nothing about windows); everything else is the real configuration.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

const root = path.join(import.meta.dirname, '..');
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
});

/** The no-restricted-syntax messages ESLint reports for `code` as the file `filePath`. */
async function restricted(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  expect(result!.messages.filter((message) => message.fatal === true)).toEqual([]);
  return result!.messages.filter((message) => message.ruleId === 'no-restricted-syntax').map((message) => message.message);
}

const weakened = [
  ['nodeIntegration', 'true'],
  ['sandbox', 'false'],
  ['webSecurity', 'false'],
  ['contextIsolation', 'false'],
  ['allowRunningInsecureContent', 'true'],
  ['experimentalFeatures', 'true'],
  ['nodeIntegrationInWorker', 'true'],
  ['nodeIntegrationInSubFrames', 'true'],
  ['webviewTag', 'true'],
] as const;

describe('ESLint refuses a weakened window in main/ and preload/', () => {
  it.each(weakened)('%s: %s in a window’s webPreferences', async (name, value) => {
    const code = `import { BrowserWindow } from 'electron';\nexport const w = new BrowserWindow({ webPreferences: { ${name}: ${value} } });\n`;
    for (const file of ['main/windows.ts', 'main/hub/server.ts', 'preload/preload.ts', 'main/windows.test.ts']) {
      expect(await restricted(code, file)).toEqual([expect.stringContaining(`\`${name}: ${String(value !== 'true')}\``)]);
    }
  });

  it.each([
    ['a quoted key', "export const p = { 'sandbox': false };"],
    ['a variable', 'const dev = process.env.DEV === "1";\nexport const p = { contextIsolation: !dev };'],
    ['a shorthand', 'const webSecurity = false;\nexport const p = { webSecurity };'],
    ['a string', "export const p = { sandbox: 'true' };"],
    ['an assignment', 'export const p: Record<string, boolean> = {};\np.nodeIntegration = true;'],
    ['a computed assignment', "export const p: Record<string, boolean> = {};\np['experimentalFeatures'] = true;"],
  ])('written as %s', async (_, code) => {
    expect(await restricted(code, 'main/security.ts')).toHaveLength(1);
  });

  it('accepts the secure literals', async () => {
    const code = 'export const p = { sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false };\n'
      + 'export const q: Record<string, boolean> = {};\nq.webSecurity = true;\n';
    expect(await restricted(code, 'main/security.ts')).toEqual([]);
  });

  it('passes the real main/security.ts, and so the windows it configures', async () => {
    const source = await readFile(path.join(root, 'main/security.ts'), 'utf8');
    expect(source).toContain('sandbox: true');
    const [result] = await eslint.lintText(source, { filePath: path.join(root, 'main/security.ts') });
    expect(result!.messages).toEqual([]);
  });

  it('leaves the same words alone outside the Electron code', async () => {
    expect(await restricted("export const p = { sandbox: false };\n", 'core/ids.ts')).toEqual([]);
  });
});

describe('the process boundaries keep their own rules beside it', () => {
  it('only main/ipc.ts registers IPC handlers', async () => {
    const code = "import { ipcMain } from 'electron';\nexport const m = ipcMain;\n";
    expect(await restricted(code, 'main/windows.ts')).toEqual(['Only main/ipc.ts registers IPC handlers.']);
    expect(await restricted(code, 'main/ipc.ts')).toEqual([]);
  });

  it('only preload/ talks to ipcRenderer', async () => {
    const code = "import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;\n";
    expect(await restricted(code, 'main/ipc.ts')).toEqual(['Only preload/ talks to ipcRenderer.']);
    expect(await restricted(code, 'preload/preload.ts')).toEqual([]);
  });
});
