import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `?binary` imports: a file's bytes, as the sandbox's build (esbuild's binary loader) gives them. */
const binaryData = {
  name: 'binary-data',
  enforce: 'pre' as const,
  async load(id: string) {
    if (!id.endsWith('?binary')) return null;
    const bytes = await readFile(id.slice(0, -'?binary'.length));
    return `export default Uint8Array.from(atob(${JSON.stringify(bytes.toString('base64'))}), (c) => c.charCodeAt(0));`;
  },
};

export default defineConfig({
  plugins: [binaryData],
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    exclude: ['node_modules/**', '.next/**', 'e2e/**'],
    // Compiling MDX with esbuild takes a moment on a 2-core machine.
    testTimeout: 30_000,
    // Stylesheets imported as text (`?raw`, the admin's) keep their text, as in the sandbox's build.
    css: { include: [/\.css\?raw$/] },
    // The built browser bundles are tested as the browser gets them: Node imports them
    // untouched, without Vite's transforms.
    server: { deps: { external: [/\/public\/sandbox\//] } },
  },
});
