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
  globalIgnores(['.next/**', 'out/**', 'build/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'sandbox/dist/**', 'public/sandbox/**']),
]);
