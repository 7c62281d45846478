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
  {
    files: ['main/**/*.ts'],
    ignores: ['main/ipc.ts', 'main/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "ImportSpecifier[imported.name='ipcMain']",
        message: 'Only main/ipc.ts registers IPC handlers.',
      }],
    },
  },
  {
    files: ['main/hub/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'The hub runs headless: no electron.' }, ...noDexie] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'core/**/*.ts', 'main/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "ImportSpecifier[imported.name='ipcRenderer']",
        message: 'Only preload/ talks to ipcRenderer.',
      }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
