// Bundles the sandbox three times from the same framework code:
// - sandbox/dist/cli.mjs, the command line for Node (the CLI contract in README);
// - public/sandbox/sandbox.js, the same command line for WebContainer's Node, where only the
//   files mounted into it exist: sql.js is inside, SQLite's WebAssembly (sql-wasm.wasm) beside;
// - public/sandbox/worker.js, the Worker bundle for the browser, with sqlite.js and SQLite's
//   WebAssembly beside it, loaded by the first command that opens the database.
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const worker = (file) => path.join(root, 'sandbox/in-worker', file);

/** `import text from './x.py-tpl?raw'`: the file's text, as Vite (the unit tests) reads it too. */
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path.slice(0, -4)), namespace: 'raw-text' }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => ({ contents: await readFile(args.path, 'utf8'), loader: 'text' }));
  },
};

/** `import bytes from './x.gz?binary'`: the file's bytes (Vite reads them through vitest.config.ts). */
const binaryData = {
  name: 'binary-data',
  setup(b) {
    b.onResolve({ filter: /\?binary$/ }, (args) => ({ path: path.resolve(args.resolveDir, args.path.slice(0, -7)), namespace: 'binary-data' }));
    b.onLoad({ filter: /.*/, namespace: 'binary-data' }, async (args) => ({ contents: await readFile(args.path), loader: 'binary' }));
  },
};

/** In the Worker, `import('sql.js')` loads sqlite.js from beside worker.js, built on its own below. */
const sqliteApart = {
  name: 'sqlite-apart',
  setup(b) {
    b.onResolve({ filter: /^sql\.js$/ }, () => ({ path: './sqlite.js', external: true }));
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  // Less source to parse at every start; names are kept (errors and classes use them).
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  // Written below, each file whole at once: other test files build at the same time and
  // must never import a half-written bundle.
  write: false,
};

/** Writes a file through a temporary name, so readers see the old or the new one, never half. */
async function writeWhole(file, contents) {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, file);
}

async function writeOutput(result) {
  for (const file of result.outputFiles) await writeWhole(file.path, file.contents);
}

const cli = build({
  ...common,
  entryPoints: ['sandbox/cli/cli.ts'],
  outfile: 'sandbox/dist/cli.mjs',
  platform: 'node',
  target: 'node20',
  plugins: [rawText, binaryData],
  // sql.js finds its WebAssembly next to itself in node_modules.
  external: ['sql.js'],
}).then(writeOutput);

/**
 * sql.js is CommonJS written for Node: it calls `require('node:fs')` and looks for its
 * WebAssembly in `__dirname`. An ES module has neither, so the bundle defines both for
 * itself, and `__dirname` is the bundle's own folder: sql.js then finds sql-wasm.wasm
 * beside sandbox.js, wherever the two are put.
 */
const commonJsInEsm = [
  "import { createRequire as __sandboxCreateRequire } from 'node:module';",
  "import { fileURLToPath as __sandboxFileURLToPath } from 'node:url';",
  'const require = __sandboxCreateRequire(import.meta.url);',
  'const __filename = __sandboxFileURLToPath(import.meta.url);',
  "const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));",
].join('\n');

const webcontainerBundle = build({
  ...common,
  entryPoints: { sandbox: 'sandbox/cli/cli.ts' },
  outdir: 'public/sandbox',
  platform: 'node',
  // WebContainer's Node may be older than the one building.
  target: 'node18',
  plugins: [rawText, binaryData],
  banner: { js: commonJsInEsm },
}).then(writeOutput);

const workerBundle = build({
  ...common,
  entryPoints: { worker: 'sandbox/in-worker/entry.ts' },
  outdir: 'public/sandbox',
  // The standard library's chunk (import() in stdlib/index.ts) loads after the prompt is ready.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'browser',
  target: 'es2022',
  plugins: [rawText, binaryData, sqliteApart],
  // The framework is written against Node; in the Worker its modules are these.
  alias: {
    'node:fs': worker('filesystem.ts'),
    'node:http': worker('node-http.ts'),
    'node:os': worker('node-os.ts'),
    'node:path': 'path-browserify',
    // memfs's own needs.
    'node:buffer': 'buffer',
    'node:events': 'events',
    'node:stream': worker('node-stream.ts'),
    'node:url': worker('node-url.ts'),
  },
  inject: [worker('globals.ts')],
}).then(async (result) => {
  await writeOutput(result);
  // Chunks are named by their content: drop the ones no build of this source refers to.
  const chunks = path.join(root, 'public/sandbox/chunks');
  const current = new Set(result.outputFiles.map((f) => path.basename(f.path)));
  for (const file of await readdir(chunks)) if (!current.has(file) && !file.endsWith('.tmp')) await rm(path.join(chunks, file), { force: true });
});

const sqliteBundle = build({
  ...common,
  entryPoints: { sqlite: 'sandbox/in-worker/sqlite.ts' },
  outdir: 'public/sandbox',
  platform: 'browser',
  target: 'es2022',
}).then(writeOutput);

// The Worker's helper for native PBKDF2 (crypto.subtle), started by the Worker itself.
const pbkdf2Bundle = build({
  ...common,
  entryPoints: { pbkdf2: 'sandbox/in-worker/pbkdf2-helper.ts' },
  outdir: 'public/sandbox',
  platform: 'browser',
  target: 'es2022',
}).then(writeOutput);

await Promise.all([cli, webcontainerBundle, workerBundle, sqliteBundle, pbkdf2Bundle]);
// The browser build of sql.js asks for this name; the Worker tells it to look beside itself.
const wasm = 'public/sandbox/sql-wasm-browser.wasm';
await writeWhole(path.join(root, wasm), await readFile(path.join(root, 'node_modules/sql.js/dist/sql-wasm-browser.wasm')));
// The Node build of sql.js asks for this one, beside sandbox.js (see commonJsInEsm).
const nodeWasm = 'public/sandbox/sql-wasm.wasm';
await writeWhole(path.join(root, nodeWasm), await readFile(path.join(root, 'node_modules/sql.js/dist/sql-wasm.wasm')));

const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
const chunks = (await readdir(path.join(root, 'public/sandbox/chunks'))).map((f) => `public/sandbox/chunks/${f}`);
for (const file of ['sandbox/dist/cli.mjs', 'public/sandbox/sandbox.js', nodeWasm, 'public/sandbox/worker.js', ...chunks, 'public/sandbox/sqlite.js', 'public/sandbox/pbkdf2.js', wasm]) {
  const bytes = await readFile(path.join(root, file));
  console.log(`${file.padEnd(38)} ${kB(bytes.length).padStart(10)} raw ${kB(gzipSync(bytes).length).padStart(10)} gzip`);
}
