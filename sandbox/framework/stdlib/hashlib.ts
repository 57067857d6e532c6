import { blake2b, blake2s } from '@noble/hashes/blake2.js';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha224, sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { sha3_224, sha3_256, sha3_384, sha3_512, shake128, shake256 } from '@noble/hashes/sha3.js';
import { PyClass, PyInstance, PyNativeFunction, PySet, hashKey, objectClass, pyError, typeName, type Kwargs, type PyValue } from '../python';
import { PyBytes } from '../python/bytes';
import { addressOf } from '../python/native-class';
import { arg, bufferArg, bytesOf, intArg, toHex } from './binascii';
import { pbkdf2Sha256 } from './hashlib-pbkdf2';

/** The running state of one of @noble/hashes' hashes, the part hashlib uses. */
export interface HashState {
  update(data: Uint8Array): unknown;
  digest(): Uint8Array;
  clone(): HashState;
}

export interface Algorithm {
  name: string;
  digestSize: number;
  blockSize: number;
  create(options: Kwargs): HashState;
  /** shake_128/256: digest(length) takes the length. */
  xof?: boolean;
  /** The class name in the repr: OpenSSL's `_hashlib.HASH`, or `_blake2.blake2b`. */
  typeName?: string;
}

function plain(name: string, fn: { create(): HashState; outputLen: number; blockLen: number }): Algorithm {
  return { name, digestSize: fn.outputLen, blockSize: fn.blockLen, create: () => fn.create() };
}

function blakeKey(options: Kwargs, name: string, max: number): Uint8Array | undefined {
  const v = options.get(name);
  if (v === undefined) return undefined;
  const data = bufferOf(v);
  if (data.length > max) throw pyError('ValueError', `maximum ${name} length is ${max} bytes`);
  return data.length ? data : undefined;
}

function blake(name: string, fn: typeof blake2b | typeof blake2s, size: number, block: number, saltLen: number): Algorithm {
  return {
    name,
    digestSize: size,
    blockSize: block,
    typeName: `_blake2.${name}`,
    create(options) {
      const dkLen = intArg(options.get('digest_size'), size);
      if (dkLen < 1 || dkLen > size) throw pyError('ValueError', `digest_size must be between 1 and ${size} bytes`);
      const pad = (v: Uint8Array | undefined) => (v === undefined ? undefined : Uint8Array.from({ length: saltLen }, (_, i) => v[i] ?? 0));
      return fn.create({
        dkLen,
        key: blakeKey(options, 'key', size),
        salt: pad(blakeKey(options, 'salt', saltLen)),
        personalization: pad(blakeKey(options, 'person', saltLen)),
      }) as HashState;
    },
  };
}

function shake(name: string, fn: typeof shake128, block: number): Algorithm {
  return { name, digestSize: 0, blockSize: block, xof: true, create: () => fn.create({}) };
}

export const ALGORITHMS: Record<string, Algorithm> = {
  md5: plain('md5', md5),
  sha1: plain('sha1', sha1),
  sha224: plain('sha224', sha224),
  sha256: plain('sha256', sha256),
  sha384: plain('sha384', sha384),
  sha512: plain('sha512', sha512),
  sha3_224: plain('sha3_224', sha3_224),
  sha3_256: plain('sha3_256', sha3_256),
  sha3_384: plain('sha3_384', sha3_384),
  sha3_512: plain('sha3_512', sha3_512),
  shake_128: shake('shake_128', shake128, 168),
  shake_256: shake('shake_256', shake256, 136),
  blake2b: blake('blake2b', blake2b, 64, 128, 16),
  blake2s: blake('blake2s', blake2s, 32, 64, 8),
};

/** What hashing takes: bytes-like data; a str must be encoded first. */
export function bufferOf(value: PyValue): Uint8Array {
  if (value instanceof PyBytes) return value.data;
  if (typeof value === 'string') throw pyError('TypeError', 'Strings must be encoded before hashing');
  throw pyError('TypeError', 'object supporting the buffer API required');
}

interface HashNative {
  algorithm: Algorithm;
  state: HashState;
  digestSize: number;
}

function unconstructible(name: string) {
  return () => {
    throw pyError('TypeError', `cannot create '${name}' instances`);
  };
}

export const HashClass = new PyClass('HASH', [objectClass], '_hashlib', {
  construct: unconstructible('_hashlib.HASH'),
  getAttr: (self, name) => hashAttr(self, name),
});
const HashXofClass = new PyClass('HASHXOF', [HashClass], '_hashlib', { construct: unconstructible('_hashlib.HASHXOF') });
const blakeClasses = new Map(
  ['blake2b', 'blake2s'].map((name) => [name, new PyClass(name, [objectClass], '_blake2', { getAttr: (self, attr) => hashAttr(self, attr) })]),
);

function hashAttr(self: PyInstance, name: string): PyValue | undefined {
  const h = self.native as HashNative | undefined;
  if (h === undefined) return undefined;
  if (name === 'name') return h.algorithm.name;
  if (name === 'digest_size') return h.digestSize;
  if (name === 'block_size') return h.algorithm.blockSize;
  return undefined;
}

function nativeOf(self: PyValue | undefined): HashNative {
  if (self instanceof PyInstance && self.native !== undefined && (self.native as HashNative).state) return self.native as HashNative;
  throw pyError('TypeError', `descriptor requires a '_hashlib.HASH' object but received a '${typeName(self ?? null)}'`);
}

function finish(h: HashNative, args: PyValue[], kwargs: Kwargs): Uint8Array {
  if (!h.algorithm.xof) return h.state.clone().digest();
  const length = arg(args, kwargs, 0, 'length');
  if (length === undefined) throw pyError('TypeError', "HASHXOF.digest() missing required argument 'length' (pos 1)");
  const n = intArg(length, 0);
  if (n < 0) throw pyError('ValueError', 'length must be non-negative');
  // noble's XOF reads any number of bytes from a copy without finishing the original.
  const copy = h.state.clone() as HashState & { xof(n: number): Uint8Array };
  return copy.xof(n);
}

function hashMethods(cls: PyClass) {
  const def = (name: string, body: (h: HashNative, self: PyInstance, args: PyValue[], kwargs: Kwargs) => PyValue) =>
    cls.dict.set(name, new PyNativeFunction(name, ([self, ...args], kwargs) => body(nativeOf(self), self as PyInstance, args, kwargs)));
  def('update', (h, _self, [data]) => {
    if (data === undefined) throw pyError('TypeError', 'HASH.update() takes exactly one argument (0 given)');
    h.state.update(bufferOf(data));
    return null;
  });
  def('digest', (h, _self, args, kwargs) => bytesOf(finish(h, args, kwargs)));
  def('hexdigest', (h, _self, args, kwargs) => toHex(finish(h, args, kwargs)));
  def('copy', (h, self) => newHash(h.algorithm, h.state.clone(), h.digestSize, self.cls));
  def('__repr__', (h, self) => `<${h.algorithm.name} ${self.cls.module}.${self.cls.name} object @ 0x${addressOf(self)}>`);
}
hashMethods(HashClass);
for (const cls of blakeClasses.values()) {
  hashMethods(cls);
  cls.dict.set('__repr__', new PyNativeFunction('__repr__', ([self]) => `<${(self as PyInstance).cls.module}.${(self as PyInstance).cls.name} object at 0x${addressOf(self as PyInstance)}>`));
}

function newHash(algorithm: Algorithm, state: HashState, digestSize: number, cls?: PyClass): PyInstance {
  const instance = new PyInstance(cls ?? blakeClasses.get(algorithm.name) ?? (algorithm.xof ? HashXofClass : HashClass));
  instance.native = { algorithm, state, digestSize } satisfies HashNative;
  return instance;
}

/** A new hash object of `algorithm`, fed `data` (the constructors' first argument or `data=`/`string=`). */
export function startHash(algorithm: Algorithm, data: PyValue | undefined, options: Kwargs = new Map()): PyInstance {
  const state = algorithm.create(options);
  if (data !== undefined && data !== null) state.update(bufferOf(data));
  const digestSize = algorithm.typeName ? intArg(options.get('digest_size'), algorithm.digestSize) : algorithm.digestSize;
  return newHash(algorithm, state, digestSize);
}

export function algorithmNamed(name: PyValue | undefined): Algorithm {
  if (typeof name !== 'string') throw pyError('TypeError', `new() argument 'name' must be str, not ${typeName(name ?? null)}`);
  const algorithm = ALGORITHMS[name.toLowerCase()];
  if (!algorithm) throw pyError('ValueError', `unsupported hash type ${name}`);
  return algorithm;
}

/** hashlib's constructors by function, so hmac can tell which algorithm `digestmod=hashlib.sha256` names. */
export const CONSTRUCTORS = new WeakMap<PyNativeFunction, Algorithm>();

function constructor(algorithm: Algorithm): PyNativeFunction {
  const name = algorithm.typeName ? algorithm.name : `openssl_${algorithm.name}`;
  const allowed = algorithm.typeName ? ['data', 'string', 'usedforsecurity', 'digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size', 'node_offset', 'node_depth', 'inner_size', 'last_node'] : ['string', 'usedforsecurity'];
  const f = new PyNativeFunction(name, (args, kwargs) => {
    for (const k of kwargs.keys()) if (!allowed.includes(k)) throw pyError('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
    const data = args[0] ?? kwargs.get('data') ?? kwargs.get('string');
    return startHash(algorithm, data, kwargs);
  });
  CONSTRUCTORS.set(f, algorithm);
  return f;
}

function pbkdf2Hmac(args: PyValue[], kwargs: Kwargs): PyBytes {
  const algorithm = algorithmNamed(arg(args, kwargs, 0, 'hash_name'));
  const password = bufferArg(arg(args, kwargs, 1, 'password'));
  const salt = bufferArg(arg(args, kwargs, 2, 'salt'));
  const iterations = intArg(arg(args, kwargs, 3, 'iterations') ?? null, 0);
  const dklenArg = arg(args, kwargs, 4, 'dklen');
  const dkLen = dklenArg === undefined || dklenArg === null ? algorithm.digestSize : intArg(dklenArg, 0);
  if (iterations < 1) throw pyError('ValueError', 'iteration value must be greater than 0.');
  if (dkLen < 1) throw pyError('ValueError', 'key length must be greater than 0.');
  if (algorithm.name === 'sha256') return bytesOf(pbkdf2Sha256(password, salt, iterations, dkLen));
  const hash = Object.assign(() => algorithm.create(new Map()).digest(), {
    create: () => algorithm.create(new Map()),
    outputLen: algorithm.digestSize,
    blockLen: algorithm.blockSize,
  });
  return bytesOf(pbkdf2(hash as unknown as typeof sha256, password, salt, { c: iterations, dkLen }));
}

function stringSet(names: string[]): PySet {
  const set = new PySet();
  for (const n of names) set.entries.set(hashKey(n), n);
  return set;
}

/** `import hashlib`. */
export function hashlibModule(): Record<string, PyValue> {
  const names = Object.keys(ALGORITHMS);
  const constructors = Object.fromEntries(Object.values(ALGORITHMS).map((a) => [a.name, constructor(a)]));
  return {
    ...constructors,
    new: new PyNativeFunction('new', (args, kwargs) => {
      const algorithm = algorithmNamed(arg(args, kwargs, 0, 'name'));
      return startHash(algorithm, args[1] ?? kwargs.get('data') ?? kwargs.get('string'), kwargs);
    }),
    pbkdf2_hmac: new PyNativeFunction('pbkdf2_hmac', pbkdf2Hmac),
    algorithms_guaranteed: stringSet(names),
    algorithms_available: stringSet(names),
    file_digest: new PyNativeFunction('file_digest', () => {
      throw pyError('NotImplementedError', "hashlib.file_digest() is not available in the sandbox's Python");
    }),
  };
}

