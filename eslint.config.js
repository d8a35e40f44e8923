// Flat config (ESLint 10). Scope: the TypeScript in src/ and tests/; type-aware through tsconfig.json.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(['dist/', 'coverage/', 'storybook-static/', 'node_modules/']),
  {
    files: ['src/**/*.ts', 'tests/**/*.ts'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      lit.configs['flat/recommended'],
      wc.configs['flat/recommended'],
      litA11y.configs.recommended,
    ],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // tsc's noUnusedParameters convention: a base-class hook names the argument it does not use `_item`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests reach into shadow roots and fixtures they built themselves: `!` and `any` are fine there.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Tests stub methods by saving and restoring them (`const real = window.setTimeout`); Window's methods
      // work unbound, and a wrong `this` would fail the test loudly anyway.
      '@typescript-eslint/unbound-method': 'off',
      // Unneeded `!`/`as` in a test cost nothing; this is the same allowance as for `!` above.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // @open-wc/semantic-dom-diff 0.20 types chai's `equal` as returning a Promise, but it is synchronous.
      // Everything else (`accessible()`, `oneEvent`, …) must still be awaited.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'chai', name: 'Equal' }] },
      ],
      // Same typing wart: `list.forEach((a) => expect(a).to.equal(x))` reads as a Promise passed where void is
      // expected. Cost: an async callback passed as an argument goes unchecked in tests (other positions are not).
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  // Last: switch off stylistic rules that would fight Prettier.
  prettier,
]);
