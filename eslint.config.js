// Flat config: TypeScript everywhere, Svelte components through eslint-plugin-svelte.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  {
    ignores: [
      'dist/',
      'dist-offline/',
      'node_modules/',
      'geodata/',
      'test-results/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    // One translation style: every string the app shows goes through t() with a STRINGS key or
    // a Text the module declares, never an inline language test or a Text indexed by hand.
    files: ['src/**'],
    ignores: ['src/i18n/**', 'src/lib/format.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ConditionalExpression > BinaryExpression.test[right.value='es']",
          message: 'Declare the text as a Text (or a STRINGS key) and read it with t().',
        },
        {
          selector: "MemberExpression[computed=true][property.name='lang']",
          message: 'Read a Text with t(lang, text).',
        },
        {
          selector: "MemberExpression[computed=true][property.property.name='lang']",
          message: 'Read a Text with t(lang, text).',
        },
      ],
    },
  },
  {
    // The pipeline and the test harness are command-line programs: printing is their job.
    files: ['scripts/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
);
