/** What the sandbox's Worker and its PBKDF2 helper share: the layout of the buffer and the request. */

/** Int32 slots: [state, id of the request in flight]; the derived key follows. */
export const STATE = 0;
export const KEY_OFFSET = 8;
export const MAX_KEY_LENGTH = 64;

export const IDLE = 0;
export const PENDING = 1;
export const DONE = 2;
export const FAILED = 3;

export interface DeriveRequest {
  type: 'derive';
  id: number;
  password: Uint8Array;
  salt: Uint8Array;
  iterations: number;
  length: number;
  digest: 'SHA-256' | 'SHA-1';
}
