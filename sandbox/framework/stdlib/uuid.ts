import { md5, sha1 } from '@noble/hashes/legacy.js';
import { PyClass, PyInstance, PyNativeFunction, PyTuple, objectClass, pyError, typeName, type Kwargs, type PyValue } from '../python';
import { PyBytes } from '../python/bytes';
import { isIntegral, normInt, toBig } from '../python/big-int';
import { bytesOf } from './binascii';
import { randomBits, randomBytes } from './secrets';

/** uuid: RFC 4122 UUIDs, held as their 128-bit integer. */
const RESERVED_NCS = 'reserved for NCS compatibility';
const RFC_4122 = 'specified in RFC 4122';
const RESERVED_MICROSOFT = 'reserved for Microsoft compatibility';
const RESERVED_FUTURE = 'reserved for future definition';
const MAX = 1n << 128n;

function hex32(n: bigint): string {
  return n.toString(16).padStart(32, '0');
}

function dashed(n: bigint): string {
  const h = hex32(n);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

function toBytes(n: bigint): Uint8Array {
  return Uint8Array.from({ length: 16 }, (_, i) => Number((n >> BigInt(8 * (15 - i))) & 255n));
}

function fromBytes(data: Uint8Array): bigint {
  let n = 0n;
  for (const b of data) n = (n << 8n) | BigInt(b);
  return n;
}

/** bytes_le swaps the first three fields to little-endian. */
function swapLe(b: Uint8Array): Uint8Array {
  return Uint8Array.from([b[3]!, b[2]!, b[1]!, b[0]!, b[5]!, b[4]!, b[7]!, b[6]!, ...b.slice(8)]);
}

function variantOf(n: bigint): string {
  if (!(n & (0x8000n << 48n))) return RESERVED_NCS;
  if (!(n & (0x4000n << 48n))) return RFC_4122;
  if (!(n & (0x2000n << 48n))) return RESERVED_MICROSOFT;
  return RESERVED_FUTURE;
}

function field(n: bigint, shift: number, bits: number): bigint {
  return (n >> BigInt(shift)) & ((1n << BigInt(bits)) - 1n);
}

const FIELD_BITS = [32, 16, 16, 8, 8, 48];
const FIELD_SHIFTS = [96, 80, 64, 56, 48, 0];

function attribute(n: bigint, name: string): PyValue | undefined {
  switch (name) {
    case 'int':
      return normInt(n);
    case 'hex':
      return hex32(n);
    case 'urn':
      return `urn:uuid:${dashed(n)}`;
    case 'bytes':
      return bytesOf(toBytes(n));
    case 'bytes_le':
      return bytesOf(swapLe(toBytes(n)));
    case 'fields':
      return new PyTuple(FIELD_SHIFTS.map((s, i) => normInt(field(n, s, FIELD_BITS[i]!))));
    case 'time_low':
    case 'time_mid':
    case 'time_hi_version':
    case 'clock_seq_hi_variant':
    case 'clock_seq_low':
    case 'node': {
      const i = ['time_low', 'time_mid', 'time_hi_version', 'clock_seq_hi_variant', 'clock_seq_low', 'node'].indexOf(name);
      return normInt(field(n, FIELD_SHIFTS[i]!, FIELD_BITS[i]!));
    }
    case 'time':
      return normInt((field(n, 64, 12) << 48n) | (field(n, 80, 16) << 32n) | field(n, 96, 32));
    case 'clock_seq':
      return normInt((field(n, 56, 6) << 8n) | field(n, 48, 8));
    case 'variant':
      return variantOf(n);
    case 'is_safe':
      return SAFE_MEMBERS.get('unknown')!;
    case 'version':
      return variantOf(n) === RFC_4122 ? Number(field(n, 76, 4)) : null;
    default:
      return undefined;
  }
}

/** SafeUUID, an Enum in CPython: whether the platform made the UUID multiprocessing-safe. */
const SafeUUIDClass = new PyClass('SafeUUID', [objectClass], 'uuid', {
  construct: () => {
    throw pyError('TypeError', "EnumType.__call__() missing 1 required positional argument: 'value'");
  },
});
const SAFE_MEMBERS = new Map<string, PyInstance>();
for (const [name, value] of [['safe', 0], ['unsafe', -1], ['unknown', null]] as const) {
  const member = new PyInstance(SafeUUIDClass);
  member.dict.set('name', name);
  member.dict.set('value', value);
  member.dict.set('_name_', name);
  member.dict.set('_value_', value);
  SAFE_MEMBERS.set(name, member);
  SafeUUIDClass.dict.set(name, member);
}
const memberName = (self: PyValue | undefined) => (self instanceof PyInstance ? String(self.dict.get('name')) : '');
SafeUUIDClass.dict.set('__repr__', new PyNativeFunction('__repr__', ([self]) => {
  const name = memberName(self);
  return `<SafeUUID.${name}: ${name === 'safe' ? 0 : name === 'unsafe' ? -1 : 'None'}>`;
}));
SafeUUIDClass.dict.set('__str__', new PyNativeFunction('__str__', ([self]) => `SafeUUID.${memberName(self)}`));

export const UUIDClass: PyClass = new PyClass('UUID', [objectClass], 'uuid', {
  construct: (cls, args, kwargs) => newUUID(uuidFromArgs(args, kwargs), cls),
  getAttr: (self, name) => (typeof self.native === 'bigint' ? attribute(self.native, name) : undefined),
});

export function newUUID(n: bigint, cls: PyClass = UUIDClass): PyInstance {
  const instance = new PyInstance(cls);
  instance.native = n;
  return instance;
}

function intOf(value: PyValue): bigint {
  if (!isIntegral(value)) throw pyError('TypeError', `'${typeName(value)}' object cannot be interpreted as an integer`);
  return toBig(value);
}

function uuidFromArgs(args: PyValue[], kwargs: Kwargs): bigint {
  const names = ['hex', 'bytes', 'bytes_le', 'fields', 'int', 'version'];
  const given = new Map<string, PyValue>();
  args.forEach((v, i) => given.set(names[i]!, v));
  for (const [k, v] of kwargs) {
    if (!names.includes(k) && k !== 'is_safe') throw pyError('TypeError', `UUID.__init__() got an unexpected keyword argument '${k}'`);
    given.set(k, v);
  }
  const present = names.slice(0, 5).filter((k) => given.has(k) && given.get(k) !== null);
  if (present.length !== 1) throw pyError('TypeError', 'one of the hex, bytes, bytes_le, fields, or int arguments must be given');
  const value = given.get(present[0]!)!;
  let n: bigint;
  switch (present[0]) {
    case 'hex': {
      if (typeof value !== 'string') throw pyError('AttributeError', `'${typeName(value)}' object has no attribute 'replace'`);
      const h = value.replace(/urn:/g, '').replace(/uuid:/g, '').replace(/^[{}]+|[{}]+$/g, '').replace(/-/g, '');
      if (h.length !== 32 || !/^[0-9a-fA-F]+$/.test(h)) throw pyError('ValueError', 'badly formed hexadecimal UUID string');
      n = BigInt('0x' + h);
      break;
    }
    case 'bytes':
    case 'bytes_le': {
      if (!(value instanceof PyBytes)) throw pyError('TypeError', `object of type '${typeName(value)}' has no len()`);
      if (value.data.length !== 16) throw pyError('ValueError', `${present[0]} is not a 16-char string`);
      n = fromBytes(present[0] === 'bytes' ? value.data : swapLe(value.data));
      break;
    }
    case 'fields': {
      const items = value instanceof PyTuple ? value.items : [];
      if (items.length !== 6) throw pyError('ValueError', 'fields is not a 6-tuple');
      n = 0n;
      items.forEach((item, i) => {
        const f = intOf(item);
        if (f < 0n || f >= 1n << BigInt(FIELD_BITS[i]!)) throw pyError('ValueError', `field ${i + 1} out of range (need a ${FIELD_BITS[i]}-bit value)`);
        n |= f << BigInt(FIELD_SHIFTS[i]!);
      });
      break;
    }
    default: {
      n = intOf(value);
      if (n < 0n || n >= MAX) throw pyError('ValueError', 'int is out of range (need a 128-bit value)');
    }
  }
  const version = given.get('version');
  if (version !== undefined && version !== null) return withVersion(n, Number(intOf(version)));
  return n;
}

function withVersion(n: bigint, version: number): bigint {
  if (version < 1 || version > 5) throw pyError('ValueError', 'illegal version number');
  let out = n & ~(0xc000n << 48n);
  out |= 0x8000n << 48n;
  out &= ~(0xf000n << 64n);
  return out | (BigInt(version) << 76n);
}

function uuidOf(value: PyValue | undefined): bigint | null {
  return value instanceof PyInstance && typeof value.native === 'bigint' && value.cls.isSubclassOf(UUIDClass) ? value.native : null;
}

function selfOf(value: PyValue | undefined): bigint {
  const n = uuidOf(value);
  if (n === null) throw pyError('TypeError', `descriptor requires a 'uuid.UUID' object but received a '${typeName(value ?? null)}'`);
  return n;
}

/** Python's hash of a non-negative int: its value modulo the Mersenne prime 2**61 - 1. */
function intHash(n: bigint): number {
  return Number(n % ((1n << 61n) - 1n));
}

function defineMethods() {
  const def = (name: string, body: (n: bigint, args: PyValue[], self: PyInstance) => PyValue) =>
    UUIDClass.dict.set(name, new PyNativeFunction(name, ([self, ...args]) => body(selfOf(self), args, self as PyInstance)));
  def('__str__', (n) => dashed(n));
  def('__repr__', (n, _args, self) => `${self.cls.name}('${dashed(n)}')`);
  def('__int__', (n) => normInt(n));
  def('__hash__', (n) => intHash(n));
  // CPython answers NotImplemented for other types, which ends as False for == and a TypeError for <.
  def('__eq__', (n, [other]) => uuidOf(other) === n);
  def('__ne__', (n, [other]) => uuidOf(other) !== n);
  const compare = (name: string, symbol: string, test: (a: bigint, b: bigint) => boolean) =>
    def(name, (n, [other], self) => {
      const m = uuidOf(other);
      if (m === null) throw pyError('TypeError', `'${symbol}' not supported between instances of '${self.cls.name}' and '${typeName(other ?? null)}'`);
      return test(n, m);
    });
  compare('__lt__', '<', (a, b) => a < b);
  compare('__le__', '<=', (a, b) => a <= b);
  compare('__gt__', '>', (a, b) => a > b);
  compare('__ge__', '>=', (a, b) => a >= b);
}
defineMethods();

function nameBytes(name: PyValue | undefined): Uint8Array {
  if (typeof name === 'string') return new TextEncoder().encode(name);
  if (name instanceof PyBytes) return name.data;
  throw pyError('TypeError', `Strings must be encoded before hashing`);
}

function hashed(hash: typeof md5, namespace: PyValue | undefined, name: PyValue | undefined, version: number): PyInstance {
  const ns = uuidOf(namespace);
  if (ns === null) throw pyError('AttributeError', `'${typeName(namespace ?? null)}' object has no attribute 'bytes'`);
  const digest = hash(Uint8Array.from([...toBytes(ns), ...nameBytes(name)]));
  return newUUID(withVersion(fromBytes(digest.slice(0, 16)), version));
}

/** The random 48-bit node uuid1 uses, with the multicast bit set as RFC 4122 asks of a made-up one. */
let node: bigint | null = null;
function getnode(): bigint {
  node ??= randomBits(48) | (1n << 40n);
  return node;
}

let lastTimestamp = 0n;
function uuid1(args: PyValue[], kwargs: Kwargs): PyInstance {
  // 100-nanosecond intervals since the Gregorian calendar began, never twice the same.
  let timestamp = BigInt(Date.now()) * 10000n + 0x01b21dd213814000n;
  if (timestamp <= lastTimestamp) timestamp = lastTimestamp + 1n;
  lastTimestamp = timestamp;
  const nodeArg = args[0] ?? kwargs.get('node') ?? null;
  const seqArg = args[1] ?? kwargs.get('clock_seq') ?? null;
  const clockSeq = seqArg === null ? randomBits(14) : intOf(seqArg);
  const fields = [timestamp & 0xffffffffn, (timestamp >> 32n) & 0xffffn, (timestamp >> 48n) & 0x0fffn, (clockSeq >> 8n) & 0x3fn, clockSeq & 0xffn, nodeArg === null ? getnode() : intOf(nodeArg)];
  let n = 0n;
  fields.forEach((f, i) => (n |= f << BigInt(FIELD_SHIFTS[i]!)));
  return newUUID(withVersion(n, 1));
}

/** `import uuid`. */
export function uuidModule(): Record<string, PyValue> {
  const fn = (name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue) => new PyNativeFunction(name, body);
  const ns = (hex: string) => newUUID(BigInt('0x' + hex.replace(/-/g, '')));
  return {
    UUID: UUIDClass,
    SafeUUID: SafeUUIDClass,
    uuid1: fn('uuid1', uuid1),
    uuid3: fn('uuid3', ([namespace, name]) => hashed(md5, namespace, name, 3)),
    uuid4: fn('uuid4', () => newUUID(withVersion(fromBytes(randomBytes(16)), 4))),
    uuid5: fn('uuid5', ([namespace, name]) => hashed(sha1, namespace, name, 5)),
    getnode: fn('getnode', () => normInt(getnode())),
    NAMESPACE_DNS: ns('6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
    NAMESPACE_URL: ns('6ba7b811-9dad-11d1-80b4-00c04fd430c8'),
    NAMESPACE_OID: ns('6ba7b812-9dad-11d1-80b4-00c04fd430c8'),
    NAMESPACE_X500: ns('6ba7b814-9dad-11d1-80b4-00c04fd430c8'),
    RESERVED_NCS,
    RFC_4122,
    RESERVED_MICROSOFT,
    RESERVED_FUTURE,
  };
}

