import { sha512 } from '@noble/hashes/sha2.js';
import { PyFloat, pyError, type PyValue } from '../../python';
import { PyBytes } from '../../python/bytes';
import { PyLong } from '../../python/big-int';

/**
 * What random.seed(a) turns its argument into: the int whose absolute value seeds the
 * twister. str and bytes (version 2) are their bytes followed by their SHA-512, read as one
 * big-endian int; a float seeds by its hash, as CPython's does.
 */
export function seedInt(a: PyValue, version: number): bigint {
  if (typeof a === 'boolean') return a ? 1n : 0n;
  if (typeof a === 'number') return BigInt(Math.abs(a));
  if (a instanceof PyLong) return a.value < 0n ? -a.value : a.value;
  // A hash seeds as the C size_t it is: a negative one wraps around 2**64.
  if (a instanceof PyFloat) return BigInt.asUintN(64, floatHash(a.value));
  if (typeof a === 'string' && version === 1) return abs(stringSeedV1(a));
  if (typeof a === 'string' || a instanceof PyBytes) {
    const data = typeof a === 'string' ? new TextEncoder().encode(a) : a.data;
    let n = 0n;
    for (const b of [...data, ...sha512(data)]) n = (n << 8n) | BigInt(b);
    return n;
  }
  throw pyError('TypeError', 'The only supported seed types are: None,\nint, float, str, bytes, and bytearray.');
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

/** random.seed(str, version=1): the string hash of Python 2. */
function stringSeedV1(s: string): bigint {
  const codes = [...s].map((c) => BigInt(c.codePointAt(0)!));
  let x = codes.length ? codes[0]! << 7n : 0n;
  for (const c of codes) x = ((1000003n * x) ^ c) & 0xffffffffffffffffn;
  x ^= BigInt(codes.length);
  return x === -1n ? -2n : x;
}

const MODULUS = (1n << 61n) - 1n;

/** hash(float): the value as an exact fraction, reduced modulo 2**61 - 1 (sys.hash_info). */
export function floatHash(x: number): bigint {
  if (Number.isNaN(x)) return 0n;
  if (!Number.isFinite(x)) return x > 0 ? 314159n : -314159n;
  let m = Math.abs(x);
  let k = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    k++;
  }
  // m / 2**k, and 2**-k is 2**(61 - k % 61) modulo 2**61 - 1.
  let h = BigInt(m) % MODULUS;
  h = (h * ((1n << BigInt((61 - (k % 61)) % 61)) % MODULUS)) % MODULUS;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}
