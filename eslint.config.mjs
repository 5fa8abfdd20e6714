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
