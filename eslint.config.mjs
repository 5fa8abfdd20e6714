import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // lib/ is the pure model: it must never reach up into React or the DOM layers.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'next', 'next/*', '@/components/*', '@/app/*', '../../components/*'],
              message: 'lib/ is pure TypeScript: no React, Next or components.',
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
    'node_modules/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    '**/*.tmp.*',
  ]),
]);
