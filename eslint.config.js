import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layer rule of docs/ARCHITECTURE.md: shared/ imports nothing of ours and no platform;
 * electron/ and renderer/ import shared/ but never each other.
 */
const forbid = (...groups) => ['error', { patterns: groups }];
const intoRenderer = {
  group: ['**/renderer/**', '**/renderer'],
  message: 'electron/ and shared/ must not import renderer/.',
};
const intoElectron = {
  group: ['**/electron/**', '**/electron'],
  message: 'renderer/ and shared/ must not import electron/ (the folder).',
};
const platformModules = {
  group: ['node:*', 'electron', 'react', 'react-dom', 'dexie', 'antd'],
  message: 'shared/ is pure TypeScript: no Node, Electron, DOM or UI library.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      '.tsbuild/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/bench/results/**',
      'e2e/bench/.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The app does not use the React Compiler, so libraries it cannot memoise (TanStack Virtual) are fine.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': forbid(intoElectron, {
        group: ['node:*'],
        message: 'The renderer has no Node: ask the main process through renderer/src/platform.',
      }),
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': forbid(intoRenderer) },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(intoRenderer, {
        group: ['electron'],
        message:
          'Services are plain Node modules, testable on temp folders: the Electron glue passes in what they need.',
      }),
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: { 'no-restricted-imports': forbid(intoRenderer, intoElectron, platformModules) },
  },
  {
    files: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'e2e/**/*.{ts,mjs}', '*.config.{js,ts}', '**/vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
