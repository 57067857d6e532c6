import { PyLong } from './big-int';
import { pyError } from './exceptions';
import { fixedDigits, generalDigits, scientificDigits } from './float-digits';
import { pyFloatRepr } from './float-repr';

/** A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]. */
interface Spec {
  fill: string | undefined;
  align: string | undefined;
  sign: string | undefined;
  noNegativeZero: boolean;
  alternate: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number | undefined;
  type: string;
}

const SPEC = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?(.)?$/su;

function parse(spec: string, type: string): Spec {
  const m = SPEC.exec(spec);
  if (!m) throw pyError('ValueError', `Invalid format specifier '${spec}' for object of type '${type}'`);
  const [, fill, align, sign, z, alt, zero, width, grouping = '', precision, code = ''] = m;
  return {
    fill,
    align,
    sign,
    noNegativeZero: z !== undefined,
    alternate: alt !== undefined,
    zero: zero !== undefined,
    width: Number(width ?? 0),
    grouping,
    precision: precision === undefined ? undefined : Number(precision),
    type: code,
  };
}

function unknownCode(spec: Spec, type: string): never {
  throw pyError('ValueError', `Unknown format code '${spec.type}' for object of type '${type}'`);
}

function length(text: string): number {
  return Array.from(text).length;
}

/** Pads to the width; a `0` flag without its own fill or alignment means '0' fill after a number's sign. */
function align(prefix: string, body: string, spec: Spec, defaultAlign: string): string {
  const fill = spec.fill ?? (spec.zero ? '0' : ' ');
  const how = spec.align ?? (spec.zero && defaultAlign === '>' ? '=' : defaultAlign);
  const missing = spec.width - length(prefix) - length(body);
  if (missing <= 0) return prefix + body;
  if (how === '<') return prefix + body + fill.repeat(missing);
  if (how === '>') return fill.repeat(missing) + prefix + body;
  if (how === '=') return prefix + fill.repeat(missing) + body;
  const left = Math.floor(missing / 2);
  return fill.repeat(left) + prefix + body + fill.repeat(missing - left);
}

/**
 * Puts the separator every `size` digits of the whole part. With zero padding the zeros are
 * grouped too (`{:010,}` is 00,001,234), so the digits are first widened to fill `minWidth`.
 */
function group(digits: string, separator: string, size: number, minWidth: number): string {
  if (separator === '') return minWidth > digits.length ? digits.padStart(minWidth, '0') : digits;
  let count = digits.length;
  while (count + Math.floor((count - 1) / size) < minWidth) count++;
  const padded = digits.padStart(count, '0');
  const parts: string[] = [];
  for (let end = padded.length; end > 0; end -= size) parts.unshift(padded.slice(Math.max(0, end - size), end));
  return parts.join(separator);
}

function signOf(negative: boolean, spec: Spec): string {
  if (negative) return '-';
  return spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
}

/** Zero padding that the grouping must cover: only when '0' fills after the sign. */
function zeroWidth(spec: Spec, prefix: string, rest: string): number {
  const fill = spec.fill ?? (spec.zero ? '0' : ' ');
  const how = spec.align ?? (spec.zero ? '=' : '>');
  return fill === '0' && how === '=' ? spec.width - length(prefix) - length(rest) : 0;
}

export function formatStrSpec(text: string, specText: string): string {
  if (specText === '') return text;
  const spec = parse(specText, 'str');
  if (spec.type !== '' && spec.type !== 's') unknownCode(spec, 'str');
  if (spec.sign !== undefined) throw pyError('ValueError', 'Sign not allowed in string format specifier');
  if (spec.alternate) throw pyError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (spec.grouping) throw pyError('ValueError', `Cannot specify '${spec.grouping}' with 's'.`);
  if (spec.align === '=') throw pyError('ValueError', "'=' alignment not allowed in string format specifier");
  const body = spec.precision === undefined ? text : Array.from(text).slice(0, spec.precision).join('');
  return align('', body, spec, '<');
}

const FLOAT_TYPES = new Set(['e', 'E', 'f', 'F', 'g', 'G', '%']);

export function formatIntSpec(value: bigint, specText: string, type = 'int'): string {
  const spec = parse(specText, type);
  if (FLOAT_TYPES.has(spec.type)) return formatFloatSpec(Number(value), specText);
  if (!['', 'd', 'n', 'b', 'o', 'x', 'X', 'c'].includes(spec.type)) unknownCode(spec, type);
  if (spec.precision !== undefined) throw pyError('ValueError', 'Precision not allowed in integer format specifier');
  if (spec.type === 'c') {
    if (spec.sign !== undefined) throw pyError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (value < 0n || value > 0x10ffffn) throw pyError('OverflowError', '%c arg not in range(0x110000)');
    return align('', String.fromCodePoint(Number(value)), spec, '<');
  }
  if (spec.grouping === ',' && !['', 'd'].includes(spec.type)) throw pyError('ValueError', `Cannot specify ',' with '${spec.type}'.`);
  const radix = { b: 2, o: 8, x: 16, X: 16 }[spec.type] ?? 10;
  const negative = value < 0n;
  let digits = (negative ? -value : value).toString(radix);
  if (spec.type === 'X') digits = digits.toUpperCase();
  const base = spec.alternate && radix !== 10 ? `0${spec.type}` : '';
  const prefix = signOf(negative, spec) + base;
  const body = group(digits, spec.grouping, radix === 10 ? 3 : 4, zeroWidth(spec, prefix, ''));
  return align(prefix, body, spec, '>');
}

export function formatFloatSpec(x: number, specText: string): string {
  const spec = parse(specText, 'float');
  if (!['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'].includes(spec.type)) unknownCode(spec, 'float');
  if (spec.grouping && spec.type === 'n') throw pyError('ValueError', `Cannot specify '${spec.grouping}' with 'n'.`);
  let negative = x < 0 || Object.is(x, -0);
  const magnitude = Math.abs(spec.type === '%' ? x * 100 : x);
  let body = floatBody(magnitude, spec);
  if (spec.noNegativeZero && negative && !/[1-9]/.test(body)) negative = false;
  if (Number.isNaN(x)) negative = false;
  if (['E', 'F', 'G'].includes(spec.type)) body = body.toUpperCase();
  const prefix = signOf(negative, spec);
  if (!Number.isFinite(x)) return align(prefix, body, spec, '>');
  const split = /^(\d*)(.*)$/s.exec(body)!;
  const whole = split[1]!;
  const rest = split[2]!;
  return align(prefix, group(whole, spec.grouping, 3, zeroWidth(spec, prefix, rest)) + rest, spec, '>');
}

function floatBody(x: number, spec: Spec): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return spec.type === '%' ? 'inf%' : 'inf';
  const p = spec.precision;
  switch (spec.type) {
    case 'f':
    case 'F':
      return withPoint(fixedDigits(x, p ?? 6), spec.alternate);
    case '%':
      return `${withPoint(fixedDigits(x, p ?? 6), spec.alternate)}%`;
    case 'e':
    case 'E':
      return scientificDigits(x, p ?? 6, spec.alternate);
    case 'g':
    case 'G':
    case 'n':
      return generalDigits(x, p ?? 6, spec.alternate);
    default:
      return p === undefined ? pyFloatRepr(x) : generalDigits(x, p, spec.alternate, true);
  }
}

function withPoint(text: string, alternate: boolean): string {
  return alternate && !text.includes('.') ? `${text}.` : text;
}

/** An int of any size as a bigint, for the integer presentation types. */
export function intValue(value: number | boolean | PyLong): bigint {
  if (value instanceof PyLong) return value.value;
  return BigInt(Number(value));
}
