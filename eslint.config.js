// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

/** Process boundaries of docs/ARCHITECTURE.md, enforced rather than hoped for. */
const noElectron = { name: 'electron', message: 'Only main/ and preload/ may import electron.' };
const noDexie = [
  { name: 'dexie', message: 'Only renderer/src/data/ touches Dexie.' },
  { name: 'dexie-react-hooks', message: 'Only renderer/src/data/ touches Dexie.' },
];
const nodeBuiltins = { group: ['node:*'], message: 'core/ and renderer/ run in the browser too: no Node built-ins.' };
const noIpcRenderer = { selector: "ImportSpecifier[imported.name='ipcRenderer']", message: 'Only preload/ talks to ipcRenderer.' };
const noIpcMain = { selector: "ImportSpecifier[imported.name='ipcMain']", message: 'Only main/ipc.ts registers IPC handlers.' };
/**
 * A weakened window, anywhere in main/ and preload/ (docs/SECURITY.md, "Electron"): each of
 * these webPreferences may only ever be written as its secure literal, in an object
 * (`sandbox: true`, `'sandbox': true`) or an assignment (`prefs.sandbox = true`). A variable,
 * a shorthand, a string or the insecure literal is an error, so no flag or build setting can
 * turn one off. Proven in main/weakenedWindowLint.test.ts.
 */
const secureWebPreferences = {
  contextIsolation: true,
  sandbox: true,
  webSecurity: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
};
const noWeakenedWindow = Object.entries(secureWebPreferences).flatMap(([name, secure]) => {
  const message = `Every window keeps \`${name}: ${secure}\` (docs/SECURITY.md); write it as that literal, and change it only with a security review.`;
  return [
    { selector: `Property:matches([key.name='${name}'], [key.value='${name}']):not([value.type='Literal'][value.raw='${secure}'])`, message },
    { selector: `AssignmentExpression:matches([left.property.name='${name}'], [left.property.value='${name}']):not([right.type='Literal'][right.raw='${secure}'])`, message },
  ];
});
/**
 * Writes and transactions on the local database (`db.x.put`, `context.db.transaction`,
 * `tableOf(db, t).put`, `db.table(t).put`...) belong to the write path and the sync adapter.
 */
const dexieWrite = '/^(put|bulkPut|add|bulkAdd|transaction|delete|bulkDelete|clear)$/';
const dexieWriteMessage = 'Only the write path (renderer/src/data/recordWriter.ts) and the sync adapter write to or open transactions on the database; repositories go through recordWriter.';
const noDexieWrites = [
  "[callee.object.name='db']",
  "[callee.object.property.name='db']",
  "[callee.object.object.name='db']",
  "[callee.object.object.property.name='db']",
  "[callee.object.callee.name='tableOf']",
  "[callee.object.callee.property.name='table']",
].map((target) => ({ selector: `CallExpression[callee.property.name=${dexieWrite}]${target}`, message: dexieWriteMessage }));

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.landhub-data/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
  {
    files: ['core/**/*.ts'],
    ignores: ['core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [noElectron, ...noDexie, { name: 'react', message: 'core/ is plain TypeScript.' }],
        patterns: [nodeBuiltins, { group: ['**/renderer/**', '**/main/**', '**/preload/**'], message: 'core/ imports nothing from the processes.' }],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/data/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron, ...noDexie], patterns: [nodeBuiltins] }],
    },
  },
  {
    files: ['renderer/src/data/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron], patterns: [nodeBuiltins] }] },
  },
  {
    files: ['renderer/src/**/*.tsx'],
    ignores: ['renderer/src/**/*.test.tsx'],
    plugins: { 'react-hooks': reactHooks, i18next },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Every word a person reads comes from the translation files.
      'i18next/no-literal-string': ['error', { mode: 'jsx-only', 'jsx-attributes': { include: ['^(aria-label|title|placeholder|alt)$'] } }],
    },
  },
  {
    files: ['main/**/*.ts', 'preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  // A later no-restricted-syntax replaces an earlier one for the same file, so each of these
  // three lists everything its files must obey, most general first.
  {
    files: ['main/**/*.ts', 'preload/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...noWeakenedWindow] },
  },
  {
    files: ['main/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', noIpcRenderer, ...noWeakenedWindow] },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/ipc.ts', 'main/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', noIpcMain, noIpcRenderer, ...noWeakenedWindow] },
  },
  {
    files: ['main/hub/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The hub runs headless: no electron.' }, ...noDexie] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'core/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', noIpcRenderer],
    },
  },
  {
    // A later no-restricted-syntax replaces the one above for these files, so it repeats it.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: [
      'renderer/src/**/*.test.{ts,tsx}',
      'renderer/src/data/testContext.ts',
      'renderer/src/data/recordWriter.ts',
      // The clock's high-water mark, saved with every write (recordWriter.ts calls it).
      'renderer/src/data/dataContext.ts',
      'renderer/src/data/sync/applySync.ts',
      'renderer/src/data/sync/machineRemoved.ts',
      'renderer/src/data/sync/outboxNumbering.ts',
      // The hub connection's own local facts in meta: checkpoint, settings, card key, paired room.
      'renderer/src/data/sync/syncSettings.ts',
      'renderer/src/data/sync/cardKey.ts',
      'renderer/src/data/sync/pairedRoom.ts',
      // Which members the last spreadsheet import made, in meta with each chunk it writes.
      'renderer/src/data/memberImportRepo.ts',
    ],
    rules: { 'no-restricted-syntax': ['error', noIpcRenderer, ...noDexieWrites] },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
