import { pbkdf2Sync } from 'node:crypto';
import { setNativePbkdf2 } from '../framework';

/**
 * On Node (this command line, the shell on a terminal, WebContainer), the framework's
 * password hashers use OpenSSL's PBKDF2 through node:crypto. Only the Node entry points
 * import this; the Worker's bundle has its own bridge to crypto.subtle.
 */
export function installNodePbkdf2(): void {
  try {
    // A Node-like runtime without a working pbkdf2Sync keeps the JavaScript path.
    pbkdf2Sync('probe', 'salt', 1, 32, 'sha256');
  } catch {
    return;
  }
  setNativePbkdf2((password, salt, iterations, length, digest) =>
    new Uint8Array(pbkdf2Sync(password, salt, iterations, length, digest === 'SHA-1' ? 'sha1' : 'sha256')),
  );
}
