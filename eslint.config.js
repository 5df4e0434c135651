import js from '@eslint/js';
import i18next from 'eslint-plugin-i18next';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = { group: ['node:*'], message: 'Node built-ins belong in src/main.' };
const ELECTRON = { name: 'electron', message: 'Electron belongs in src/main/electron, src/main/index.ts and src/preload only.' };
const SQLITE = { name: 'better-sqlite3', message: 'SQLite belongs in src/main.' };

/**
 * Every word a person reads comes from a message catalogue (src/renderer/src/i18n): no literal text
 * in JSX, as children or in the props that hold words: the kiosk's and the admin's screens alike.
 */
export const TRANSLATED = ['src/renderer/src/**/*.tsx'];
export const noLiteralText = [
  'error',
  {
    mode: 'jsx-only',
    'should-validate-template': true,
    // Only props that carry words; the rest (size, color, test ids) are settings, not text.
    'jsx-attributes': {
      include: [
        'label',
        'description',
        'title',
        'placeholder',
        'alt',
        'error',
        'message',
        'aria-label',
        'aria-description',
        'aria-placeholder',
        'aria-roledescription',
        'aria-valuetext',
      ],
      exclude: [],
    },
    // The catalogue's own lookups (their strings are message ids), and a form's props by field name.
    callees: { exclude: ['text', 'formatMessage', 't', 't.rich', 'adminText', 'inputProps', 'getInputProps'] },
    message: 'Words on screen come from the message catalogue (src/renderer/src/i18n), not from a literal',
  },
];

/** Import boundaries (DESIGN §7): each folder may reach only what it may know about. */
const boundary = (files, { paths = [], patterns = [] }) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['error', 'log'] }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'no-console': 'error' },
  },
  { files: TRANSLATED, plugins: { i18next }, rules: { 'i18next/no-literal-string': noLiteralText } },
  {
    // Dates and numbers on screen come from one place, so every screen shows them the same way.
    files: ['src/renderer/src/features/**/*.{ts,tsx}', 'src/renderer/src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/]',
          message: 'Use formatDate, formatDateTime or formatNumber from lib/format.ts.',
        },
      ],
    },
  },
  boundary(['src/shared/**'], {
    paths: [ELECTRON, SQLITE, { name: 'react', message: 'Shared code is pure TypeScript.' }],
    patterns: [
      NODE_BUILTINS,
      {
        group: ['**/main/**', '**/renderer/**', '**/preload/**', '@mantine/*', 'zustand'],
        message: 'Shared code imports only shared code.',
      },
    ],
  }),
  boundary(['src/renderer/**'], {
    paths: [ELECTRON, SQLITE],
    patterns: [
      NODE_BUILTINS,
      {
        group: ['**/main/**', '**/preload/*.ts', '!**/preload/*.d.ts'],
        message: 'The renderer talks to main only through window.api.',
      },
    ],
  }),
  boundary(['src/preload/**'], {
    paths: [SQLITE],
    patterns: [
      NODE_BUILTINS,
      { group: ['**/main/**', '**/renderer/**', 'react'], message: 'A sandboxed preload has only electron and shared code.' },
    ],
  }),
  boundary(
    ['src/main/core/**', 'src/main/db/**', 'src/main/jobs/**', 'src/main/serve/**', 'src/main/serve.ts', 'src/main/jobWorker.ts'],
    {
      paths: [ELECTRON],
      patterns: [
        {
          group: ['**/renderer/**', '**/preload/**', '**/electron/**'],
          message: 'The core and serve mode run without Electron.',
        },
      ],
    },
  ),
  {
    files: ['test/**', 'scripts/**', 'bench/**', 'faults/**', '*.config.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-empty-pattern': 'off', 'no-console': 'off' },
  },
);
