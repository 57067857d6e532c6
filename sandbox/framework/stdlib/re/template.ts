import { PyList, PyDict, dictGet, pyError, type PyValue } from '../../python';
import { PatternError } from './translate';

const SIMPLE: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/**
 * A replacement template of re.sub (`\1`, `\g<name>`, `\g<0>`, `\n`...) as a list: literal
 * strings and group numbers, in order, for the Python side to join per match.
 */
export function parseTemplate(template: string, groups: number, groupIndex: PyValue): PyValue {
  const p = Array.from(template);
  const items: PyValue[] = [];
  let text = '';
  const group = (n: number, pos: number) => {
    if (n > groups) throw new PatternError(`invalid group reference ${n}`, pos);
    if (text !== '') items.push(text);
    text = '';
    items.push(n);
  };
  let i = 0;
  while (i < p.length) {
    const c = p[i]!;
    if (c !== '\\') {
      text += c;
      i++;
      continue;
    }
    const start = i;
    const e = p[i + 1];
    i += 2;
    if (e === undefined) throw new PatternError('bad escape (end of pattern)', start);
    if (e === 'g') {
      if (p[i] !== '<') throw new PatternError('missing <', i);
      const nameAt = i + 1;
      const close = p.indexOf('>', nameAt);
      if (close < 0) {
        if (nameAt >= p.length) throw new PatternError('missing group name', nameAt);
        throw new PatternError('missing >, unterminated name', nameAt);
      }
      const name = p.slice(nameAt, close).join('');
      i = close + 1;
      if (name === '') throw new PatternError('missing group name', nameAt);
      if (/^[0-9]+$/.test(name)) {
        group(Number(name), nameAt);
        continue;
      }
      if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name)) throw new PatternError(`bad character in group name '${name}'`, nameAt);
      const n = groupIndex instanceof PyDict ? dictGet(groupIndex, name) : undefined;
      if (typeof n !== 'number') throw pyError('IndexError', `unknown group name '${name}'`);
      group(n, nameAt);
      continue;
    }
    if (e === '0') {
      let digits = '';
      while (digits.length < 2 && p[i] !== undefined && /[0-7]/.test(p[i]!)) digits += p[i++];
      text += String.fromCodePoint(parseInt(digits || '0', 8));
      continue;
    }
    if (/[1-9]/.test(e)) {
      const d2 = p[i];
      const d3 = p[i + 1];
      if (d2 !== undefined && /[0-9]/.test(d2)) {
        if (/[0-7]/.test(e) && /[0-7]/.test(d2) && d3 !== undefined && /[0-7]/.test(d3)) {
          const code = parseInt(e + d2 + d3, 8);
          if (code > 0o377) throw new PatternError(`octal escape value \\${e}${d2}${d3} outside of range 0-0o377`, start);
          text += String.fromCodePoint(code);
          i += 2;
          continue;
        }
        i++;
        group(Number(e + d2), start + 1);
        continue;
      }
      group(Number(e), start + 1);
      continue;
    }
    if (e in SIMPLE) text += SIMPLE[e];
    else if (/[A-Za-z]/.test(e)) throw new PatternError(`bad escape \\${e}`, start);
    else text += `\\${e}`;
  }
  if (text !== '') items.push(text);
  return new PyList(items);
}
