import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // The learner's names, files and output are text everywhere in the site: nothing may
    // be inserted as HTML except the site's own code, each place with its reason written.
    rules: { 'react/no-danger': 'error' },
  },
  {
    // The sandbox is a plain program, not Next.js pages: a Python `module` is just a name there.
    files: ['sandbox/**'],
    rules: { '@next/next/no-assign-module-variable': 'off' },
  },
  {
    // The framework has one front door (sandbox/framework/index.ts); a test may also use a
    // framework test kit (`*.testkit.ts`).
    files: ['**/*.{ts,tsx,mjs}'],
    ignores: ['sandbox/framework/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)framework/(?!index$)(?!.*\\.testkit$)',
              message: 'Use the framework through sandbox/framework/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    ignores: ['**/*.test.ts', '**/*.testkit.ts', 'e2e/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)framework/(?!index$)', message: 'Use the framework through sandbox/framework/index.ts.' },
            { regex: '\\.testkit$', message: 'Test kits are for tests.' },
          ],
        },
      ],
    },
  },
  {
    // No module imports one that imports it back: a cycle hides which module builds on which,
    // and leaves one of them half-initialised when the other loads. Imports of types only are
    // free (the rule skips `import type` and `{ type X }`), since nothing of them runs.
    files: ['**/*.{ts,tsx}'],
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // The boundaries of DESIGN.md, one way each: UI → runtimes (the page side) → the Worker or
    // container side → grader → shell → framework → its Python. The page and the Worker share
    // only sandbox/protocol/, which imports neither.
    files: ['**/*.{ts,tsx}'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './sandbox', from: ['./components', './app', './lib'], message: 'The sandbox has no React and knows nothing of the site.' },
            { target: './sandbox/protocol', from: ['./sandbox/runtime', './sandbox/in-worker', './sandbox/cli'], message: 'The protocol is shared by both sides and imports neither.' },
            { target: './sandbox/runtime', from: ['./sandbox/in-worker', './sandbox/cli'], message: 'The page side reaches the Worker through sandbox/protocol/ only.' },
            { target: './sandbox/in-worker', from: ['./sandbox/runtime', './sandbox/cli'], message: 'The Worker side reaches the page through sandbox/protocol/ only.' },
            { target: './sandbox/grader', from: ['./sandbox/runtime', './sandbox/in-worker', './sandbox/protocol', './sandbox/cli'], message: 'The grader runs inside either runtime and knows neither.' },
            { target: './sandbox/shell', from: ['./sandbox/runtime', './sandbox/in-worker', './sandbox/protocol', './sandbox/grader', './sandbox/cli'], message: 'The shell sits below the runtimes and the grader.' },
            {
              target: './sandbox/framework',
              from: ['./sandbox/runtime', './sandbox/in-worker', './sandbox/protocol', './sandbox/grader', './sandbox/shell', './sandbox/cli'],
              message: 'The framework is a plain program: nothing above it is its business.',
            },
            { target: './sandbox/framework/python', from: './sandbox/framework', except: ['./python'], message: "Python knows nothing of Django." },
            { target: ['./sandbox/framework/stdlib', './sandbox/framework/db'], from: './sandbox/framework/core/management', message: 'Management commands build on the standard library and the database layer, never the reverse.' },
            { target: './sandbox/framework/db/models', from: './sandbox/framework/db/migrations', message: "Django's direction: models never import migrations (ModelState.from_model reads _meta)." },
          ],
        },
      ],
    },
  },
  globalIgnores(['.next/**', 'out/**', 'build/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'sandbox/dist/**', 'public/sandbox/**']),
]);
