import { pyError } from './exceptions';
import { fixedDigits, generalDigits, scientificDigits } from './float-digits';
import { reprOf, strOf } from './format';
import { PyDict, PyFloat, PyTuple, type PyValue } from './objects';
import { dictGet, isInt, isNumber, toNumber, typeName } from './values';
import type { Interpreter } from './interpreter';

/** %(key)flags width.precision conversion; an empty conversion means the template ended early. */
const SPEC = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d*)(?:\.(\*|\d*))?([\s\S]?)/g;

const NUMERIC = new Set(['d', 'i', 'u', 'x', 'X', 'o', 'f', 'F', 'e', 'E', 'g', 'G']);

/**
 * `template % args` (printf-style formatting): positional conversions take a tuple's items, or
 * `args` itself, and %(key)s conversions look their key up in a dict, as argparse's help does.
 * The interpreter is only needed for instances whose __str__ or __repr__ is Python code.
 */
export function percentFormat(template: string, args: PyValue, interp?: Interpreter): string {
  const positional = args instanceof PyTuple ? [...args.items] : [args];
  const mapping = args instanceof PyDict ? args : null;
  let next = 0;
  const out = template.replace(
    SPEC,
    (whole: string, key: string | undefined, flags: string, width: string, precision: string | undefined, conversion: string, offset: number) => {
      if (conversion === '') throw pyError('ValueError', 'incomplete format');
      // `*` takes the width or precision from the arguments, before the value itself.
      const star = (): string => {
        const item = positional[next++];
        if (item === undefined) throw pyError('TypeError', 'not enough arguments for format string');
        if (!isInt(item)) throw pyError('TypeError', '* wants int');
        return String(Number(item));
      };
      if (width === '*') {
        width = star();
        if (width.startsWith('-')) {
          flags += '-';
          width = width.slice(1);
        }
      }
      if (precision === '*') precision = String(Math.max(0, Number(star())));
      let value: PyValue;
      if (key !== undefined) {
        if (mapping === null) throw pyError('TypeError', 'format requires a mapping');
        const found = dictGet(mapping, key);
        if (found === undefined) throw pyError('KeyError', key);
        value = found;
      } else if (conversion === '%') {
        return '%';
      } else {
        const item = positional[next++];
        if (item === undefined) throw pyError('TypeError', 'not enough arguments for format string');
        value = item;
      }
      if (conversion === '%') return '%';
      const index = offset + whole.length - 1;
      const text = convert(value, conversion, flags, precision === undefined ? null : Number(precision || 0), index, interp);
      return pad(text, flags, Number(width || 0), NUMERIC.has(conversion));
    },
  );
  // A dict may hold more keys than the template names; leftover positional values are an error.
  if (mapping === null && next < positional.length) {
    throw pyError('TypeError', 'not all arguments converted during string formatting');
  }
  return out;
}

function convert(
  value: PyValue,
  conversion: string,
  flags: string,
  precision: number | null,
  index: number,
  interp: Interpreter | undefined,
): string {
  switch (conversion) {
    case 's':
    case 'r': {
      const text = conversion === 's' ? strOf(value, interp) : reprOf(value, interp);
      return precision === null ? text : Array.from(text).slice(0, precision).join('');
    }
    case 'd':
    case 'i':
    case 'u':
      if (!isNumber(value)) throw pyError('TypeError', `%${conversion} format: a real number is required, not ${typeName(value)}`);
      return signed(Math.trunc(toNumber(value)), flags, (n) => String(n));
    case 'x':
    case 'X':
    case 'o': {
      if (!isInt(value)) throw pyError('TypeError', `%${conversion} format: an integer is required, not ${typeName(value)}`);
      const radix = conversion === 'o' ? 8 : 16;
      const prefix = flags.includes('#') ? (conversion === 'o' ? '0o' : '0x') : '';
      const text = signed(toNumber(value), flags, (n) => prefix + n.toString(radix));
      return conversion === 'X' ? text.toUpperCase() : text;
    }
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G': {
      const text = signed(toNumber(value), flags, (n) => floatText(n, conversion.toLowerCase(), precision ?? 6, flags.includes('#')));
      return conversion === conversion.toUpperCase() ? text.toUpperCase() : text;
    }
    case 'c':
      if (isInt(value)) return String.fromCodePoint(toNumber(value));
      if (typeof value === 'string' && Array.from(value).length === 1) return value;
      throw pyError('TypeError', `%c requires an int or a unicode character, not ${value instanceof PyFloat ? 'float' : typeName(value)}`);
    default: {
      const code = conversion.codePointAt(0)!;
      throw pyError('ValueError', `unsupported format character '${conversion}' (0x${code.toString(16)}) at index ${index}`);
    }
  }
}

/** The sign goes before any zero padding, so it is added here rather than by pad(). */
function signed(n: number, flags: string, digits: (magnitude: number) => string): string {
  const negative = n < 0 || Object.is(n, -0);
  const sign = negative ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  return sign + digits(Math.abs(n));
}

function floatText(n: number, conversion: string, precision: number, alternate: boolean): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return 'inf';
  if (conversion === 'f') return fixedDigits(n, precision) + (alternate && precision === 0 ? '.' : '');
  if (conversion === 'e') return scientificDigits(n, precision, alternate);
  return generalDigits(n, precision, alternate);
}

function pad(text: string, flags: string, width: number, numeric: boolean): string {
  const missing = width - Array.from(text).length;
  if (missing <= 0) return text;
  if (flags.includes('-')) return text + ' '.repeat(missing);
  if (flags.includes('0') && numeric) {
    const sign = /^[-+ ]?(?:0[xXoO])?/.exec(text)![0];
    return sign + '0'.repeat(missing) + text.slice(sign.length);
  }
  return ' '.repeat(missing) + text;
}
