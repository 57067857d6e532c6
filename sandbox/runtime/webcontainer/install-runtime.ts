import type { FileSystemTree } from '@webcontainer/api';
import type { ShellState } from '../../shell/shell';
import type { Container } from './container';
import { BUNDLE_NAME, RUNTIME_FOLDER, SETUP_FOLDER, STATE_NAME, WASM_NAME } from './layout';

/**
 * Moves everything in the setup folder to the runtime's folder, outside home (layout.ts
 * says why it cannot be mounted there directly). Run by the container's own Node, which
 * reaches the whole filesystem; argv: the setup folder, the runtime's folder.
 */
export const MOVE_OUT_SCRIPT = `
const fs = require('node:fs');
const path = require('node:path');
const [from, to] = process.argv.slice(1);
fs.mkdirSync(to, { recursive: true });
fs.rmSync(path.join(to, ${JSON.stringify(STATE_NAME)}), { force: true });
for (const name of fs.readdirSync(from)) {
  const source = path.join(from, name);
  const target = path.join(to, name);
  try {
    fs.renameSync(source, target);
  } catch {
    fs.copyFileSync(source, target);
  }
}
fs.rmSync(from, { recursive: true, force: true });
`;

export interface RuntimeFiles {
  /** The bundle and its WebAssembly; null when this container has them already. */
  bundle: { script: Uint8Array; wasm: Uint8Array } | null;
  /** The state the shell starts from (the old one is removed either way: it was another lesson's). */
  shell: ShellState | undefined;
}

/** Puts the runtime's files in place, before the learner's files and the shell. */
export async function installRuntime(container: Container, files: RuntimeFiles): Promise<void> {
  const setup: FileSystemTree = {};
  if (files.bundle) {
    setup[BUNDLE_NAME] = { file: { contents: files.bundle.script } };
    setup[WASM_NAME] = { file: { contents: files.bundle.wasm } };
  }
  if (files.shell) setup[STATE_NAME] = { file: { contents: JSON.stringify(files.shell) } };
  await container.mount({ [SETUP_FOLDER]: { directory: setup } });
  const mover = await container.spawn('node', ['-e', MOVE_OUT_SCRIPT, `${container.workdir}/${SETUP_FOLDER}`, RUNTIME_FOLDER], {
    output: false,
  });
  const status = await mover.exit;
  if (status !== 0) throw new Error(`the sandbox could not be installed in WebContainer (node exited with ${status})`);
}
