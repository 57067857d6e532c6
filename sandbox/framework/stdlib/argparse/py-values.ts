/**
 * argparse keeps parsed values as plain JavaScript (null for None, arrays for lists); these
 * give them to the interpreter's own str(), repr() and %-formatting, so messages and help text
 * print values exactly as Python does.
 */
import { PyDict, PyFloat, PyList, dictSet, percentFormat, pyStrip, reprOf, strOf, type PyValue } from '../../python';

function toPy(value: unknown): PyValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value : new PyFloat(value);
  if (Array.isArray(value)) return new PyList(value.map(toPy));
  return String(value);
}

export function pyStr(value: unknown): string {
  return strOf(toPy(value));
}

export function pyRepr(value: unknown): string {
  return reprOf(toPy(value));
}

/** `template % params`, as argparse expands help strings and usage: %(default)s, %(prog)s, %%. */
export function pyFormat(template: string, params: Record<string, unknown>): string {
  const mapping = new PyDict();
  for (const [key, value] of Object.entries(params)) dictSet(mapping, key, toPy(value));
  return percentFormat(template, mapping);
}

/** int(text) for base-10 strings: surrounding whitespace, a sign and digit-separating underscores are fine. */
export function pyInt(text: string): number | null {
  const stripped = pyStrip(text);
  if (!/^[+-]?[0-9]+(?:_[0-9]+)*$/.test(stripped)) return null;
  return Number(stripped.replaceAll('_', '')) || 0;
}
