// ESLint (flat config): typescript-eslint's recommended rules with type information, promises that
// must be awaited or handled, and the core's import boundary. Formatting is Prettier's job
// (eslint-config-prettier turns off the rules that would fight it).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The core (`src/profiles/**`) is the product's rules and nothing else: it may not import a transport,
 * a store, a reasoner, the MCP SDK, express or pg. Edges import the core, never the other way round.
 */
export const CORE_BOUNDARY = {
  patterns: [
    {
      group: ['**/http/**', '**/mcp/**', '**/store/**', '**/keys/**', '**/reasoners/**', '**/commands/**', '**/app.js', '**/cli.js', '**/config.js'],
      message: 'src/profiles/ is the core: it may not import transports, stores, reasoners or commands (see docs/development.md).',
    },
    {
      group: [
        '@modelcontextprotocol/*',
        'express',
        'express/*',
        'pg',
        'pg/*',
        'lowdb',
        'lowdb/*',
        'proper-lockfile',
        '@anthropic-ai/*',
        'wink-nlp',
        'wink-*',
        'chrono-node',
      ],
      message: 'src/profiles/ is the core: no SDK, web framework, database or model library (see docs/development.md).',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'web/**/*.js', '**/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { project: ['./tsconfig.test.json', './web/tsconfig.json', './web/app/tsconfig.json'], tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-control-regex': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // Environment variables are read through src/env.ts (one zod schema), never one by one.
    files: ['src/**/*.ts'],
    ignores: ['src/env.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.type='MemberExpression'][object.object.name='process'][object.property.name='env']",
          message: 'Read environment variables through readEnv in src/env.ts.',
        },
      ],
    },
  },
  {
    // Tests read JSON answers of every shape; `any` there is the honest type of a parsed body.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Stores opened in tests are closed after the test: jsonStore() in test/helpers/store.ts does it (the
    // store contract's harness and the child-process writers close their own).
    files: ['test/**/*.ts'],
    ignores: ['test/helpers/store.ts', 'test/store-contract/json-dir.test.ts', 'test/store-contract/fixtures/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='JsonDirStore']",
          message: 'Open JSON stores in tests with jsonStore() from test/helpers/store.ts, which closes them after the test.',
        },
      ],
    },
  },
  {
    files: ['src/profiles/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', CORE_BOUNDARY] },
  },
  {
    files: ['web/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  prettier,
);
