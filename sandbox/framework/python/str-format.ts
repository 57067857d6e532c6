import { pyError } from './exceptions';
import { asciiOf, formatValue, reprOf, strOf } from './format';
import type { Kwargs, PyValue } from './objects';
import type { Interpreter } from './interpreter';

/** Which positional argument an empty field name takes, shared with the fields nested in specs. */
interface Numbering {
  next: number;
  manual: boolean;
  auto: boolean;
}

/**
 * str.format: `{name.attr[key]!conv:spec}` fields, `{{` and `}}`, automatic or explicit
 * numbering (never both), and replacement fields nested one level inside a spec.
 */
export function strFormat(template: string, args: PyValue[], kwargs: Kwargs, interp: Interpreter): string {
  return render(template, args, kwargs, interp, { next: 0, manual: false, auto: false }, 2);
}

function render(template: string, args: PyValue[], kwargs: Kwargs, interp: Interpreter, numbering: Numbering, depth: number): string {
  if (depth === 0) throw pyError('ValueError', 'Max string recursion exceeded');
  let out = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i]!;
    if (ch === '}') {
      if (template[i + 1] !== '}') throw pyError('ValueError', "Single '}' encountered in format string");
      out += '}';
      i += 2;
      continue;
    }
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    if (template[i + 1] === '{') {
      out += '{';
      i += 2;
      continue;
    }
    const end = fieldEnd(template, i + 1);
    out += field(template.slice(i + 1, end), args, kwargs, interp, numbering, depth);
    i = end + 1;
  }
  return out;
}

/** The index of the `}` closing a field, skipping braces nested in its spec. */
function fieldEnd(template: string, from: number): number {
  if (from === template.length) throw pyError('ValueError', "Single '{' encountered in format string");
  let level = 1;
  for (let i = from; i < template.length; i++) {
    if (template[i] === '{') level++;
    else if (template[i] === '}' && --level === 0) return i;
  }
  throw pyError('ValueError', level > 1 ? "unmatched '{' in format spec" : "expected '}' before end of string");
}

function field(text: string, args: PyValue[], kwargs: Kwargs, interp: Interpreter, numbering: Numbering, depth: number): string {
  const m = /^([^.[!:]*)((?:\.[^.[!:]*|\[[^\]]*\])*)(?:!(.?))?(?::([\s\S]*))?$/.exec(text);
  if (!m) throw pyError('ValueError', text.includes('!') ? "expected ':' after conversion specifier" : "Missing ']' in format string");
  const [, name = '', chain = '', conversion, specText = ''] = m;
  let value = argument(name, args, kwargs, numbering);
  for (const step of chain.match(/\.[^.[]*|\[[^\]]*\]/g) ?? []) {
    if (step.startsWith('.')) {
      if (step.length === 1) throw pyError('ValueError', 'Empty attribute in format string');
      value = interp.getAttr(value, step.slice(1));
    } else {
      const key = step.slice(1, -1);
      value = interp.getItem(value, /^\d+$/.test(key) ? Number(key) : key);
    }
  }
  if (conversion !== undefined) value = convert(value, conversion, interp);
  const spec = specText.includes('{') ? render(specText, args, kwargs, interp, numbering, depth - 1) : specText;
  return formatValue(value, spec, interp);
}

function argument(name: string, args: PyValue[], kwargs: Kwargs, numbering: Numbering): PyValue {
  if (name === '') {
    if (numbering.manual) throw pyError('ValueError', 'cannot switch from manual field specification to automatic field numbering');
    numbering.auto = true;
    return positional(numbering.next++, args);
  }
  if (/^\d+$/.test(name)) {
    if (numbering.auto) throw pyError('ValueError', 'cannot switch from automatic field numbering to manual field specification');
    numbering.manual = true;
    return positional(Number(name), args);
  }
  const value = kwargs.get(name);
  if (value === undefined) throw pyError('KeyError', name);
  return value;
}

function positional(index: number, args: PyValue[]): PyValue {
  const value = args[index];
  if (value === undefined) throw pyError('IndexError', `Replacement index ${index} out of range for positional args tuple`);
  return value;
}

function convert(value: PyValue, conversion: string, interp: Interpreter): PyValue {
  if (conversion === 'r') return reprOf(value, interp);
  if (conversion === 's') return strOf(value, interp);
  if (conversion === 'a') return asciiOf(reprOf(value, interp));
  if (conversion === '') throw pyError('ValueError', 'unmatched \'{\' in format spec');
  throw pyError('ValueError', `Unknown conversion specifier ${conversion}`);
}
