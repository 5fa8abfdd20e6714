import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // lib/ is the pure model: it runs in Node and in a Web Worker, so it never reaches up into React,
    // Next or the view layers, at any depth and through any alias. Type-only imports count too.
    files: ['lib/**/*.{ts,tsx,mjs,js}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex:
                '^(react|react-dom|next|next-themes|recharts|@next/[^/]+|@mdx-js/react)(/|$)|^zustand(/(?!vanilla$)|$)',
              message: 'lib/ is pure TypeScript: no React, Next or React bindings (zustand/vanilla is fine).',
            },
            {
              regex: '^(@/|(\\.\\./)+)(components|app)(/|$)',
              message: 'lib/ is pure TypeScript: it never imports components/ or app/.',
            },
          ],
        },
      ],
    },
  },
  {
    // lib/sim is the kernel the engines build on; composing engines into a run belongs in lib/run.
    // A rule of its own (not no-restricted-imports), so it adds to the lib/ rules instead of replacing them.
    files: ['lib/sim/**/*.ts'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './lib/sim',
              from: ['./lib/engines', './lib/run'],
              message: 'lib/sim must not import the engines or the run: compose them in lib/run.',
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures call their callback `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    '.lighthouse/**',
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    '**/*.tmp.*',
  ]),
]);
