import { PyClass, PyInstance, PyNativeFunction, objectClass, pyError, typeName, type Interpreter, type Kwargs, type PyValue } from '../python';
import { PyBytes } from '../python/bytes';
import { arg, bytesOf, toHex } from './binascii';
import { CONSTRUCTORS, algorithmNamed, bufferOf, type Algorithm, type HashState } from './hashlib';

/** hmac: RFC 2104 over any of hashlib's algorithms, and the constant-time comparison. */
interface HmacNative {
  algorithm: Algorithm;
  inner: HashState;
  outer: HashState;
}

function digestmodOf(interp: Interpreter, digestmod: PyValue | undefined): Algorithm {
  if (digestmod === undefined || digestmod === null || digestmod === '') throw pyError('TypeError', "Missing required parameter 'digestmod'.");
  if (typeof digestmod === 'string') return algorithmNamed(digestmod);
  if (digestmod instanceof PyNativeFunction && CONSTRUCTORS.has(digestmod)) return CONSTRUCTORS.get(digestmod)!;
  // Any other callable (a module's `new`, a lambda) makes a hash object; its name says which.
  const made = interp.call(digestmod, []);
  const name = interp.getAttr(made, 'name');
  return algorithmNamed(name);
}

function keyed(algorithm: Algorithm, key: Uint8Array): HmacNative {
  const none = new Map();
  let k = key;
  if (k.length > algorithm.blockSize) {
    const h = algorithm.create(none);
    h.update(k);
    k = h.digest();
  }
  const pad = (byte: number) => Uint8Array.from({ length: algorithm.blockSize }, (_, i) => (k[i] ?? 0) ^ byte);
  const inner = algorithm.create(none);
  inner.update(pad(0x36));
  const outer = algorithm.create(none);
  outer.update(pad(0x5c));
  return { algorithm, inner, outer };
}

function finish(h: HmacNative): Uint8Array {
  const outer = h.outer.clone();
  outer.update(h.inner.clone().digest());
  return outer.digest();
}

export const HmacClass = new PyClass('HMAC', [objectClass], 'hmac', {
  getAttr(self, name) {
    const h = self.native as HmacNative | undefined;
    if (h === undefined) return undefined;
    if (name === 'name') return `hmac-${h.algorithm.name}`;
    if (name === 'digest_size') return h.algorithm.digestSize;
    if (name === 'block_size') return h.algorithm.blockSize;
    return undefined;
  },
});

function hmacOf(self: PyValue | undefined): HmacNative {
  if (self instanceof PyInstance && self.native !== undefined) return self.native as HmacNative;
  throw pyError('TypeError', `descriptor requires a 'hmac.HMAC' object but received a '${typeName(self ?? null)}'`);
}

function method(name: string, body: (h: HmacNative, args: PyValue[]) => PyValue) {
  HmacClass.dict.set(name, new PyNativeFunction(name, ([self, ...args]) => body(hmacOf(self), args)));
}
method('update', (h, [msg]) => {
  h.inner.update(bufferOf(msg ?? null));
  return null;
});
method('digest', (h) => bytesOf(finish(h)));
method('hexdigest', (h) => toHex(finish(h)));
method('copy', (h) => newHmac({ algorithm: h.algorithm, inner: h.inner.clone(), outer: h.outer.clone() }));

function newHmac(h: HmacNative): PyInstance {
  const instance = new PyInstance(HmacClass);
  instance.native = h;
  return instance;
}

function keyOf(key: PyValue | undefined): Uint8Array {
  if (key instanceof PyBytes) return key.data;
  throw pyError('TypeError', `key: expected bytes or bytearray, but got '${typeName(key ?? null)}'`);
}

/** hmac.compare_digest / secrets.compare_digest: ASCII str with str, or bytes-like with bytes-like. */
export function compareDigest(a: PyValue | undefined, b: PyValue | undefined): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    if (/[^\x00-\x7f]/.test(a + b)) throw pyError('TypeError', 'comparing strings with non-ASCII characters is not supported');
    let diff = a.length ^ b.length;
    for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i % Math.max(1, b.length));
    return diff === 0;
  }
  if (a instanceof PyBytes && b instanceof PyBytes) {
    let diff = a.data.length ^ b.data.length;
    for (let i = 0; i < a.data.length; i++) diff |= a.data[i]! ^ (b.data[i] ?? 0);
    return diff === 0;
  }
  if (a instanceof PyBytes || b instanceof PyBytes) {
    throw pyError('TypeError', `a bytes-like object is required, not '${typeName((a instanceof PyBytes ? b : a) ?? null)}'`);
  }
  throw pyError('TypeError', `unsupported operand types(s) or combination of types: '${typeName(a ?? null)}' and '${typeName(b ?? null)}'`);
}

/** `import hmac`. */
export function hmacModule(interp: Interpreter): Record<string, PyValue> {
  const make = (args: PyValue[], kwargs: Kwargs) => {
    const h = keyed(digestmodOf(interp, arg(args, kwargs, 2, 'digestmod')), keyOf(arg(args, kwargs, 0, 'key')));
    const msg = arg(args, kwargs, 1, 'msg');
    if (msg !== undefined && msg !== null) h.inner.update(bufferOf(msg));
    return h;
  };
  HmacClass.hooks.construct = (_cls, args, kwargs) => newHmac(make(args, kwargs));
  return {
    HMAC: HmacClass,
    new: new PyNativeFunction('new', (args, kwargs) => newHmac(make(args, kwargs))),
    digest: new PyNativeFunction('digest', (args, kwargs) => {
      if (arg(args, kwargs, 2, 'digest') === undefined) throw pyError('TypeError', "digest() missing required argument 'digest' (pos 3)");
      const renamed = new Map(kwargs);
      if (kwargs.has('digest')) renamed.set('digestmod', kwargs.get('digest')!);
      return bytesOf(finish(make(args, renamed)));
    }),
    compare_digest: new PyNativeFunction('compare_digest', ([a, b]) => compareDigest(a, b)),
    digest_size: null,
  };
}
