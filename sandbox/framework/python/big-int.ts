import { pyError } from './exceptions';
import { PyFloat, PyObject, type PyValue } from './objects';

/**
 * An int beyond JavaScript's safe integers. Small ints stay plain numbers (the common, fast
 * case); arithmetic that leaves the safe range moves to bigint and comes back when it can.
 */
export class PyLong extends PyObject {
  constructor(readonly value: bigint) {
    super();
  }
}

export function isIntegral(v: PyValue): v is number | boolean | PyLong {
  return typeof v === 'number' || typeof v === 'boolean' || v instanceof PyLong;
}

export function normInt(b: bigint): number | PyLong {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : new PyLong(b);
}

export function toBig(v: number | boolean | PyLong): bigint {
  if (v instanceof PyLong) return v.value;
  return BigInt(typeof v === 'boolean' ? Number(v) : v);
}

/** An int from a double (int(1e20), math.floor of a big float): exact, as Python's is. */
export function intFromFloat(x: number): number | PyLong {
  if (Number.isNaN(x)) throw pyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyError('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t : new PyLong(BigInt(t));
}

/** An int literal or int() of a string, exact at any size. */
export function parseIntText(text: string, radix: number): number | PyLong | null {
  const m = /^([+-]?)(.+)$/.exec(text);
  if (!m) return null;
  const digits = m[2]!.toLowerCase();
  const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : radix === 2 ? '0b' : '';
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, radix);
  let body = digits;
  if (prefix && body.startsWith(prefix)) body = body.slice(2);
  if (body === '' || [...body].some((c) => !alphabet.includes(c))) return null;
  let v = 0n;
  const r = BigInt(radix);
  for (const c of body) v = v * r + BigInt(alphabet.indexOf(c));
  return normInt(m[1] === '-' ? -v : v);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** Python's int arithmetic on two ints, or undefined for an operator ints do not have. */
export function intOp(op: string, a: number | boolean | PyLong, b: number | boolean | PyLong): PyValue | undefined {
  if (typeof a === 'number' && typeof b === 'number') {
    // The fast path: both small, and a result JavaScript computes exactly.
    let r: number | undefined;
    switch (op) {
      case '+':
        r = a + b;
        break;
      case '-':
        r = a - b;
        break;
      case '*':
        r = a * b;
        break;
      case '//':
        if (b !== 0) r = Math.floor(a / b);
        break;
      case '%':
        if (b !== 0) r = ((a % b) + b) % b;
        break;
    }
    if (r !== undefined && Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  const x = toBig(a);
  const y = toBig(b);
  switch (op) {
    case '+':
      return normInt(x + y);
    case '-':
      return normInt(x - y);
    case '*':
      return normInt(x * y);
    case '//':
      if (y === 0n) throw pyError('ZeroDivisionError', 'integer division or modulo by zero');
      return normInt(floorDiv(x, y));
    case '%':
      if (y === 0n) throw pyError('ZeroDivisionError', 'integer modulo by zero');
      return normInt(x - floorDiv(x, y) * y);
    case '/':
      if (y === 0n) throw pyError('ZeroDivisionError', 'division by zero');
      return new PyFloat(trueDivide(x, y));
    case '**':
      if (y < 0n) {
        if (x === 0n) throw pyError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
        return new PyFloat(Number(x) ** Number(y));
      }
      if (y > 100000n && x !== 0n && x !== 1n && x !== -1n) throw pyError('OverflowError', 'exponent too large for the sandbox');
      return normInt(x ** y);
    case '&':
      return normInt(x & y);
    case '|':
      return normInt(x | y);
    case '^':
      return normInt(x ^ y);
    case '<<':
      if (y < 0n) throw pyError('ValueError', 'negative shift count');
      return normInt(x << y);
    case '>>':
      if (y < 0n) throw pyError('ValueError', 'negative shift count');
      return normInt(x >> y);
  }
  return undefined;
}

/** int / int, correctly rounded even when the operands are beyond a double's precision. */
function trueDivide(x: bigint, y: bigint): number {
  const nx = Number(x);
  const ny = Number(y);
  if (Number.isSafeInteger(nx) && Number.isSafeInteger(ny)) return nx / ny;
  const scale = 10n ** 40n;
  const q = (x * scale) / y;
  return Number(q) / 1e40;
}

export function compareInts(a: number | boolean | PyLong, b: number | boolean | PyLong): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = toBig(a);
  const y = toBig(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** An int against a float, exactly (`10 ** 23 == 1e23` is False): -1, 0, 1, or NaN. */
export function compareIntFloat(i: bigint, f: number): number {
  if (Number.isNaN(f)) return NaN;
  if (!Number.isFinite(f)) return f > 0 ? -1 : 1;
  const floor = Math.floor(f);
  const whole = BigInt(floor);
  if (i !== whole) return i < whole ? -1 : 1;
  return f === floor ? 0 : -1;
}
