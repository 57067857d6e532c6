/**
 * Where things live in the container.
 *
 * The learner's home is the container's workdir, booted as `/home/learner`: the path the
 * Worker runtime gives the home too, so lesson text (`/home/learner/learn-django/env/...`),
 * error messages and a saved shell state (its cwd and $HOME) are the same in both runtimes.
 * WebContainer's `fs`, `mount` and `export` reach only the workdir, so the page handles the
 * learner's files directly, with paths relative to home.
 *
 * The runtime's own files (the bundle, SQLite's WebAssembly, the shell's state file) live in
 * RUNTIME_FOLDER, outside home: they do not show in the learner's file tree or `ls -a`, and
 * the sandbox shell refuses to write there ("Permission denied"), so `rm -rf` cannot take
 * them. The page cannot write outside the workdir itself, so they are mounted into
 * SETUP_FOLDER in home and a short Node process moves them out before the learner's files
 * are mounted (install-runtime.ts).
 */

/** The workdir's name: WebContainer puts it under /home. */
export const WORKDIR_NAME = 'learner';

export const RUNTIME_FOLDER = '/usr/local/lib/sandbox';
export const BUNDLE_NAME = 'sandbox.js';
/** The name sql.js (its Node build) looks for beside the bundle. */
export const WASM_NAME = 'sql-wasm.wasm';
export const STATE_NAME = 'shell-state.json';

export const BUNDLE_PATH = `${RUNTIME_FOLDER}/${BUNDLE_NAME}`;
export const STATE_PATH = `${RUNTIME_FOLDER}/${STATE_NAME}`;

/** Where the site serves them (scripts/build-sandbox.mjs writes them to public/sandbox/). */
export const BUNDLE_URL = `/sandbox/${BUNDLE_NAME}`;
export const WASM_URL = `/sandbox/${WASM_NAME}`;

/** In home for a moment while the runtime's files are moved out. */
export const SETUP_FOLDER = '.sandbox-setup';
