// ESLint 9 flat config. Formatting is Prettier's job (`prettier --check .`), so only
// correctness rules live here; none of the configs below carry stylistic rules.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import path from 'node:path';

/**
 * Code that runs in browsers (and must stay SSR-safe: no DOM access at module top level).
 * `examples/**` is in both lists: the example storefront has a page and a small Node server.
 */
const BROWSER_FILES = [
  'packages/elements/**',
  'stories/**',
  '.storybook/preview.*',
  'test/elements/**',
  'test/browser/**',
  'examples/**',
];

/** Code that runs only in Node. */
const NODE_FILES = [
  'packages/server/**',
  'scripts/**',
  'test/**',
  'bench/**',
  '**/*.config.{js,mjs,cjs,ts}',
  '.storybook/main.*',
  'examples/**',
];

/** Universal code (browsers, Node, workers): only the globals both have. */
const UNIVERSAL_FILES = ['packages/contract/**', 'packages/sdk/**'];

/** Where Lit templates and custom elements live. */
const ELEMENT_FILES = ['packages/elements/**/*.{js,ts}', 'stories/**/*.{js,ts}'];

/**
 * Folders of `packages/elements/src` that every element may use. Every other folder there is a
 * component (an element and its own parts); components are siblings and never import each other.
 */
const ELEMENTS_SHARED_FOLDERS = new Set(['internal', 'theme', 'i18n', 'events', 'provider']);
const ELEMENTS_SRC = `${path.sep}packages${path.sep}elements${path.sep}src${path.sep}`;

/**
 * `local/component-boundaries`: a component folder imports only its own files and the shared
 * folders; a shared folder imports no component. Only `src/index.ts`, the package entry, sees all.
 */
const componentBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Keep elements components from importing sibling components' },
    schema: [],
    messages: {
      sibling:
        "'{{source}}' reaches into {{target}}, outside {{folder}}/: move what both need to internal/, theme/ or events/.",
    },
  },
  create(context) {
    const at = context.filename.lastIndexOf(ELEMENTS_SRC);
    if (at < 0) return {};
    const srcRoot = context.filename.slice(0, at + ELEMENTS_SRC.length);
    const [folder, ...rest] = path.relative(srcRoot, context.filename).split(path.sep);
    if (rest.length === 0) return {};
    const allowed = (top) =>
      ELEMENTS_SHARED_FOLDERS.has(top) || (top === folder && !ELEMENTS_SHARED_FOLDERS.has(folder));
    const check = (node) => {
      const source = node.source;
      if (source?.type !== 'Literal' || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const target = path.relative(srcRoot, path.resolve(path.dirname(context.filename), source.value));
      const [top, ...below] = target.split(path.sep);
      if (top === '..' || allowed(below.length > 0 ? top : '')) return;
      context.report({ node: source, messageId: 'sibling', data: { source: source.value, target, folder } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

export default defineConfig(
  {
    ignores: [
      '**/dist/',
      '**/node_modules/',
      'storybook-static/',
      'packages/elements/cdn/',
      'coverage/',
      'bench/results/',
      '.cache/',
      '**/.cache/',
      'data/',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_`-prefixed names mark parameters/bindings that are unused on purpose (callbacks, destructuring).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  { files: UNIVERSAL_FILES, languageOptions: { globals: { ...globals['shared-node-browser'] } } },
  { files: BROWSER_FILES, languageOptions: { globals: { ...globals.browser } } },
  { files: NODE_FILES, languageOptions: { globals: { ...globals.node } } },
  // Test helpers read arbitrary JSON responses; `any` there keeps assertions readable.
  { files: ['test/support/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // Browser tests run under @web/test-runner (mocha-style describe/it).
  {
    files: ['test/elements/**', 'test/browser/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
  // A committed `.only` would run one test and skip the rest (WTR's mocha also has forbidOnly; Node 20's
  // runner ignores `.only` without --test-only, newer ones honour it): lint fails on it everywhere.
  {
    files: ['test/**', '**/*.test.{js,mjs,ts}'],
    rules: {
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'test', 'suite', 'context', 'specify'].map((object) => ({
          object,
          property: 'only',
          message: 'Remove `.only` before committing: it skips every other test.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression > ObjectExpression > Property[key.name="only"][value.value=true]',
          message: 'Remove `{ only: true }` before committing: it skips every other test.',
        },
      ],
    },
  },
  {
    files: ELEMENT_FILES,
    ...lit.configs['flat/recommended'],
  },
  {
    files: ELEMENT_FILES,
    ...wc.configs['flat/best-practice'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'TxElement', 'TxLoadingElement', 'TxCaseForm'] } },
    rules: {
      ...wc.configs['flat/best-practice'].rules,
      // LitElement implements every lifecycle callback, and Lit requires `super.connectedCallback()`
      // etc. unconditionally; guarding those calls would only hide a broken base class.
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    plugins: { local: { rules: { 'component-boundaries': componentBoundaries } } },
    rules: { 'local/component-boundaries': 'error' },
  },
  // Elements and React bindings take the contract's types from its zod-free `/types` entry and its values
  // from `/values`: the root entry (and zod) would put zod in their bundles or in their published .d.ts
  // (scripts/pack-check.mjs measures what a consumer's compiler then pays). `import type` counts too.
  {
    files: ['packages/elements/src/**/*.ts', 'packages/react/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@txassist/contract',
              message:
                "Import types from '@txassist/contract/types' and values from '@txassist/contract/values': the root entry brings zod.",
            },
            {
              name: 'zod',
              message: 'Elements and React bindings never use zod: validation is the SDK and the server.',
            },
          ],
          patterns: [
            {
              group: ['@txassist/contract/openapi', 'zod/*'],
              message: "Use '@txassist/contract/types' or '@txassist/contract/values': this entry brings zod.",
            },
          ],
        },
      ],
    },
  },
);
