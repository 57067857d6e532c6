import { PyFloat, PyInstance, type Interpreter, type PyValue } from '../../python';
import type { FilterDef } from '../library';
import { isSafe, markSafe, toText } from '../safe';

/**
 * floatformat, with Django's arithmetic: the number is read as the decimal its repr shows
 * (so 2.675 rounds up to 2.68, unlike binary rounding) and rounded half up.
 */
interface Dec {
  negative: boolean;
  coeff: bigint;
  exp: number;
}

function parseDecimal(s: string): Dec | null {
  const m = /^([-+])?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(s.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return null;
  const frac = m[3] ?? '';
  return { negative: m[1] === '-', coeff: BigInt((m[2] ?? '') + frac || '0'), exp: Number(m[4] ?? 0) - frac.length };
}

/** The decimal Django builds: Decimal(repr(value)), else Decimal(str(float(value))). */
function toDecimal(value: PyValue, interp: Interpreter): Dec | null {
  if (typeof value === 'number') return parseDecimal(String(value));
  if (value instanceof PyFloat) return parseDecimal(interp.repr(value));
  if (typeof value === 'boolean') return parseDecimal(value ? '1.0' : '0.0');
  if (value instanceof PyInstance && value.cls.name === 'Decimal') return parseDecimal(interp.str(value));
  if (typeof value === 'string' || isSafe(value)) {
    const s = toText(value, interp).trim();
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
    return parseDecimal(interp.repr(new PyFloat(Number(s))));
  }
  return null;
}

/** Rounds half up to `places` decimals and writes it with exactly that many. */
function fixed(d: Dec, places: number): string {
  let coeff: bigint;
  if (d.exp >= -places) coeff = d.coeff * 10n ** BigInt(d.exp + places);
  else {
    const div = 10n ** BigInt(-places - d.exp);
    coeff = d.coeff / div + ((d.coeff % div) * 2n >= div ? 1n : 0n);
  }
  let digits = coeff.toString().padStart(places + 1, '0');
  if (places > 0) digits = `${digits.slice(0, -places)}.${digits.slice(-places)}`;
  return (d.negative && coeff !== 0n ? '-' : '') + digits;
}

function group(number: string): string {
  return number.replace(/^(-?)(\d+)/, (_m, sign: string, int: string) => sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
}

export const numberFilters: Record<string, FilterDef> = {
  floatformat: {
    arg: 'optional',
    isSafe: true,
    fn: (v, arg, env) => {
      let spec: PyValue = arg === undefined ? -1 : arg;
      let grouping = false;
      if (typeof spec === 'string' || isSafe(spec)) {
        let s = toText(spec, env.interp);
        // g groups thousands; u turns localization off, which changes nothing in en-us.
        if (s.endsWith('gu') || s.endsWith('ug')) [grouping, s] = [true, s.slice(0, -2)];
        else if (s.endsWith('g')) [grouping, s] = [true, s.slice(0, -1)];
        else if (s.endsWith('u')) s = s.slice(0, -1);
        spec = s === '' ? -1 : s;
      }
      const d = toDecimal(v, env.interp);
      if (!d) return '';
      const p = typeof spec === 'number' ? spec : /^\s*[-+]?\d+\s*$/.test(String(spec)) ? Number(spec) : null;
      if (p === null) return env.interp.repr(v);
      const isInteger = d.exp >= 0 || d.coeff % 10n ** BigInt(-d.exp) === 0n;
      const out = isInteger && p < 0 ? fixed(d, 0) : fixed(d, Math.abs(p));
      return markSafe(grouping ? group(out) : out);
    },
  },
};
