// The production build served for a bench: `next start` on a port, in its own process group.
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** Starts `next start` on `port` and resolves once it answers `/en`. */
export async function startServer(port) {
  // Its own process group: killing `npx` alone leaves `next-server` holding the port.
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  let exited = null;
  server.once('exit', (code) => (exited = code ?? 'signal'));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (exited !== null) throw new Error(`next start exited (${exited}):\n${output}`);
    try {
      if ((await fetch(`${base}/en`)).ok) return { server, base };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stopServer(server);
  throw new Error(`next start did not answer on ${base} within 60 s:\n${output}`);
}

export function stopServer(server) {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}
