import { pyError } from '../../python';
import { classEscape, literal, SPACE_ASCII, SPACE_UNICODE, WORD_ASCII, WORD_UNICODE } from './char-sets';
import { REFLAG, parseInlineFlags } from './flags';

/**
 * Python's regular-expression syntax rewritten as a JavaScript RegExp source (`v` flag), so
 * the browser's engine does the matching. Every construct is re-emitted rather than passed
 * through, because the two dialects disagree on `$`, `.`, `\b`, `\w`, `\s`, `\Z`, `{`, and the
 * escapes JavaScript's unicode mode rejects. Python group n becomes the JS group `g<n>`;
 * helper groups (atomic groups, possessive repeats) are `h<k>`, so they don't renumber it.
 */
export interface Translation {
  source: string;
  groups: number;
  groupIndex: Map<string, number>;
  flags: number;
}

/** A bad pattern, as re.error reports it: the message and the position (in code points). */
export class PatternError {
  constructor(
    readonly msg: string,
    readonly pos: number | null,
  ) {}
}

/** An emitted piece and the range of lengths it matches (lookbehinds must have one length in Python). */
interface Atom {
  text: string;
  repeatable: boolean;
  min: number;
  max: number;
}

const ONE = { min: 1, max: 1 };
const ZERO = { min: 0, max: 0 };

interface LocalFlags {
  ignoreCase: boolean;
  multiline: boolean;
  dotAll: boolean;
  verbose: boolean;
  ascii: boolean;
}

const HEX = /^[0-9a-fA-F]$/;
const OCT = /^[0-7]$/;
const DIGIT = /^[0-9]$/;
const ASCII_LETTER = /^[A-Za-z]$/;
const PY_SPACE = new Set([' ', '\t', '\n', '\r', '\v', '\f']);
const REPEAT_CHARS = new Set(['*', '+', '?', '{']);

export function translate(pattern: string, flags: number): Translation {
  return new Translator(pattern, flags).run();
}

class Translator {
  private readonly p: string[];
  private i = 0;
  private groups = 0;
  private helpers = 0;
  private readonly groupIndex = new Map<string, number>();
  private readonly openGroups = new Set<number>();
  /** The groups backreferences named so far, in order. */
  private readonly backrefs: number[] = [];
  private readonly groupWidths = new Map<number, { min: number; max: number }>();
  /** The lengths the last alternation (or escape) parsed can match. */
  private lastWidth = { min: 0, max: 0 };
  private flags: number;
  private local: LocalFlags;

  constructor(
    private readonly pattern: string,
    flags: number,
  ) {
    this.p = Array.from(pattern);
    this.flags = flags;
    this.local = this.localFlags(flags);
  }

  private localFlags(flags: number): LocalFlags {
    return {
      ignoreCase: (flags & REFLAG.I) !== 0,
      multiline: (flags & REFLAG.M) !== 0,
      dotAll: (flags & REFLAG.S) !== 0,
      verbose: (flags & REFLAG.X) !== 0,
      ascii: (flags & REFLAG.A) !== 0,
    };
  }

  run(): Translation {
    this.leadingFlags();
    const source = this.alternation(0);
    if (this.i < this.p.length) {
      // Only a stray ')' stops the top level early.
      throw new PatternError('unbalanced parenthesis', this.i);
    }
    if ((this.flags & REFLAG.A) === 0) this.flags |= REFLAG.U;
    return { source, groups: this.groups, groupIndex: this.groupIndex, flags: this.flags };
  }

  /** `(?aimsx)` at the very start sets the whole pattern's flags (Python 3.11+ allows them only there). */
  private leadingFlags(): void {
    for (;;) {
      this.skipVerbose();
      if (this.p[this.i] !== '(' || this.p[this.i + 1] !== '?') return;
      const parsed = parseInlineFlags(this.p, this.i + 2);
      if (parsed === null || 'error' in parsed || parsed.kind !== 'global') return;
      this.flags |= parsed.on;
      this.local = this.localFlags(this.flags);
      this.i = parsed.end;
    }
  }

  private peek(): string | undefined {
    return this.p[this.i];
  }

  private skipVerbose(): void {
    if (!this.local.verbose) return;
    while (this.i < this.p.length) {
      const c = this.p[this.i]!;
      if (PY_SPACE.has(c)) this.i++;
      else if (c === '#') {
        while (this.i < this.p.length && this.p[this.i] !== '\n') this.i++;
      } else return;
    }
  }

  private alternation(depth: number): string {
    const branches = [this.sequence(depth)];
    let { min, max } = this.lastWidth;
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence(depth));
      min = Math.min(min, this.lastWidth.min);
      max = Math.max(max, this.lastWidth.max);
    }
    this.lastWidth = { min, max };
    return branches.join('|');
  }

  private sequence(depth: number): string {
    let out = '';
    let min = 0;
    let max = 0;
    for (;;) {
      this.skipVerbose();
      const c = this.peek();
      if (c === undefined || c === '|' || c === ')') {
        this.lastWidth = { min, max };
        return out;
      }
      const start = this.i;
      if (REPEAT_CHARS.has(c) && (c !== '{' || this.quantifierAt(this.i) !== null)) throw new PatternError('nothing to repeat', start);
      const atom = this.atom(depth);
      if (atom === null) continue;
      const [text, lo, hi] = this.quantified(atom);
      out += text;
      min += lo;
      max += hi;
    }
  }

  /** `{m}`, `{m,}`, `{,n}`, `{m,n}` at `at`: its bounds and end, or null when the brace is a literal. */
  private quantifierAt(at: number): { min: number; max: number | null; end: number } | null {
    const m = /^\{(\d*)(?:(,)(\d*))?\}/.exec(this.p.slice(at, at + 40).join(''));
    if (!m || m[0] === '{}') return null;
    const [, lo = '', comma, hi = ''] = m;
    const min = lo === '' ? 0 : Number(lo);
    const max = comma === undefined ? min : hi === '' ? null : Number(hi);
    return { min, max, end: at + m[0].length };
  }

  private quantified({ text: atom, repeatable, min, max }: Atom): [string, number, number] {
    this.skipVerbose();
    const c = this.peek();
    if (c === undefined || !REPEAT_CHARS.has(c)) return [atom, min, max];
    let quant: string;
    let times: [number, number];
    const at = this.i;
    if (c === '{') {
      const q = this.quantifierAt(this.i);
      if (q === null) return [atom, min, max];
      if (q.max !== null && q.max < q.min) throw new PatternError('min repeat greater than max repeat', this.i + 1);
      quant = `{${q.min},${q.max ?? ''}}`;
      times = [q.min, q.max ?? Infinity];
      this.i = q.end;
    } else {
      quant = c;
      times = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
      this.i++;
    }
    if (!repeatable) throw new PatternError('nothing to repeat', at);
    let result = `(?:${atom})${quant}`;
    if (this.peek() === '?') {
      this.i++;
      result += '?';
    } else if (this.peek() === '+') {
      this.i++;
      result = this.atomic(result);
    }
    this.skipVerbose();
    const next = this.peek();
    if (next !== undefined && REPEAT_CHARS.has(next) && (next !== '{' || this.quantifierAt(this.i) !== null)) throw new PatternError('multiple repeat', this.i);
    return [result, min * times[0], max === 0 || times[1] === 0 ? 0 : max * times[1]];
  }

  /** An atomic group: JavaScript has none, but a lookahead that captures, then a backreference to it, never backtracks. */
  private atomic(inner: string): string {
    const name = `h${++this.helpers}`;
    return `(?=(?<${name}>${inner}))\\k<${name}>`;
  }

  private atom(depth: number): Atom | null {
    const c = this.p[this.i]!;
    const start = this.i;
    this.i++;
    switch (c) {
      case '(':
        return this.group(start, depth);
      case '[':
        return { text: this.charClass(start), repeatable: true, ...ONE };
      case '.':
        return { text: this.local.dotAll ? '[\\s\\S]' : '[^\\n]', repeatable: true, ...ONE };
      case '^':
        return { text: this.local.multiline ? '(?<=^|\\n)' : '(?<![\\s\\S])', repeatable: false, ...ZERO };
      case '$':
        return { text: this.local.multiline ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))', repeatable: false, ...ZERO };
      case '\\':
        return this.escape(start);
      default:
        return { text: this.literalText(c), repeatable: true, ...ONE };
    }
  }

  private literalText(c: string): string {
    if (this.local.ignoreCase && (this.flags & REFLAG.I) === 0) {
      const variants = new Set([c, c.toLowerCase(), c.toUpperCase()].filter((v) => Array.from(v).length === 1));
      if (variants.size > 1) return `[${[...variants].map(classEscape).join('')}]`;
    }
    return literal(c);
  }

  private word(): string {
    return this.local.ascii ? WORD_ASCII : WORD_UNICODE;
  }

  private space(): string {
    return this.local.ascii ? SPACE_ASCII : SPACE_UNICODE;
  }

  private digit(): string {
    return this.local.ascii ? '0-9' : '\\p{Nd}';
  }

  private escape(start: number): Atom {
    const c = this.p[this.i];
    if (c === undefined) throw new PatternError('bad escape (end of pattern)', start);
    this.i++;
    const w = this.word();
    switch (c) {
      case 'A':
        return { text: '(?<![\\s\\S])', repeatable: false, ...ZERO };
      case 'Z':
        return { text: '(?![\\s\\S])', repeatable: false, ...ZERO };
      case 'b':
        return { text: `(?:(?<=[${w}])(?![${w}])|(?<![${w}])(?=[${w}]))`, repeatable: false, ...ZERO };
      case 'B':
        // Python's \B never matches in an empty string.
        return { text: `(?:(?<=[\\s\\S])|(?=[\\s\\S]))(?:(?<=[${w}])(?=[${w}])|(?<![${w}])(?![${w}]))`, repeatable: false, ...ZERO };
      case 'd':
      case 'D':
      case 'w':
      case 'W':
      case 's':
      case 'S':
        return { text: `[${c === c.toUpperCase() ? '^' : ''}${this.classFor(c.toLowerCase())}]`, repeatable: true, ...ONE };
    }
    if (DIGIT.test(c)) return { text: this.numericEscape(start, c), repeatable: true, ...this.lastWidth };
    return { text: this.literalText(this.charEscape(start, c)), repeatable: true, ...ONE };
  }

  private classFor(letter: string): string {
    return letter === 'd' ? this.digit() : letter === 'w' ? this.word() : this.space();
  }

  /** `\1`..`\99` refer to a group; `\0`, `\012` and three octal digits are a character. */
  private numericEscape(start: number, first: string): string {
    this.lastWidth = ONE;
    const next = this.p[this.i];
    if (first === '0') {
      let digits = '0';
      while (digits.length < 3 && this.p[this.i] !== undefined && OCT.test(this.p[this.i]!)) digits += this.p[this.i++];
      return this.literalText(String.fromCodePoint(parseInt(digits, 8)));
    }
    if (next !== undefined && DIGIT.test(next)) {
      const third = this.p[this.i + 1];
      if (OCT.test(first) && OCT.test(next) && third !== undefined && OCT.test(third)) {
        this.i += 2;
        const code = parseInt(first + next + third, 8);
        if (code > 0o377) throw new PatternError(`octal escape value \\${first}${next}${third} outside of range 0-0o377`, start);
        return this.literalText(String.fromCodePoint(code));
      }
      this.i++;
      return this.backref(Number(first + next), start);
    }
    return this.backref(Number(first), start);
  }

  private backref(group: number, start: number): string {
    if (group > this.groups) throw new PatternError(`invalid group reference ${group}`, start + 1);
    if (this.openGroups.has(group)) throw new PatternError('cannot refer to an open group', start);
    this.lastWidth = this.groupWidths.get(group) ?? ZERO;
    this.backrefs.push(group);
    return `\\k<g${group}>`;
  }

  /** A one-character escape (`\n`, `\x41`, `\u00e9`, `\.`): the character it stands for. */
  private charEscape(start: number, c: string): string {
    const simple: Record<string, string> = { a: '\x07', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
    if (c in simple) return simple[c]!;
    const sized: Record<string, number> = { x: 2, u: 4, U: 8 };
    if (c in sized) {
      const n = sized[c]!;
      const digits = this.p.slice(this.i, this.i + n);
      if (digits.length < n || !digits.every((d) => HEX.test(d))) throw new PatternError(`incomplete escape \\${c}${digits.filter((d) => HEX.test(d)).join('')}`.replace(/(\\[xuU][0-9a-fA-F]*).*/, '$1'), start);
      this.i += n;
      const code = parseInt(digits.join(''), 16);
      if (code > 0x10ffff) throw new PatternError(`bad escape \\${c}${digits.join('')}`, start);
      return String.fromCodePoint(code);
    }
    if (c === 'N') throw pyError('NotImplementedError', 'named Unicode escapes (\\N{...}) in patterns are not available in this sandbox');
    if (ASCII_LETTER.test(c)) throw new PatternError(`bad escape \\${c}`, start);
    return c;
  }

  private group(start: number, depth: number): Atom | null {
    if (this.peek() !== '?') return this.capture(start, depth, null);
    this.i++;
    const c = this.peek();
    if (c === ':') {
      this.i++;
      return { text: `(?:${this.groupBody(start, depth)})`, repeatable: true, ...this.lastWidth };
    }
    if (c === 'P') return this.pGroup(start, depth);
    if (c === '=' || c === '!') {
      this.i++;
      return { text: `(?${c}${this.groupBody(start, depth)})`, repeatable: true, ...ZERO };
    }
    if (c === '<') {
      const kind = this.p[this.i + 1];
      if (kind === '=' || kind === '!') {
        this.i += 2;
        const groupsBefore = this.groups;
        const refsBefore = this.backrefs.length;
        const body = this.groupBody(start, depth);
        if (this.backrefs.slice(refsBefore).some((g) => g > groupsBefore)) {
          throw new PatternError('cannot refer to group defined in the same lookbehind subpattern', this.i - 1);
        }
        if (this.lastWidth.min !== this.lastWidth.max) throw new PatternError('look-behind requires fixed-width pattern', null);
        return { text: `(?<${kind}${body})`, repeatable: true, ...ZERO };
      }
      throw new PatternError(`unknown extension ?<${kind ?? ''}`, start + 1);
    }
    if (c === '#') {
      while (this.i < this.p.length && this.p[this.i] !== ')') this.i++;
      if (this.i >= this.p.length) throw new PatternError('missing ), unterminated comment', start);
      this.i++;
      return null;
    }
    if (c === '>') {
      this.i++;
      return { text: this.atomic(`(?:${this.groupBody(start, depth)})`), repeatable: true, ...this.lastWidth };
    }
    if (c === '(') throw pyError('NotImplementedError', 'conditional patterns (?(group)yes|no) are not available in this sandbox');
    const parsed = parseInlineFlags(this.p, this.i);
    if (parsed === null) {
      if (c === undefined) throw new PatternError('unexpected end of pattern', this.i);
      throw new PatternError(`unknown extension ?${c}`, start + 1);
    }
    if ('error' in parsed) throw new PatternError(parsed.error, parsed.pos);
    if (parsed.kind === 'global') throw new PatternError('global flags not at the start of the expression', start);
    this.i = parsed.end;
    return this.scopedFlags(start, depth, parsed.on, parsed.off);
  }

  private scopedFlags(start: number, depth: number, on: number, off: number): Atom {
    const saved = this.local;
    const next = { ...saved };
    const apply = (bit: number, value: boolean) => {
      if (bit & REFLAG.I) next.ignoreCase = value;
      if (bit & REFLAG.M) next.multiline = value;
      if (bit & REFLAG.S) next.dotAll = value;
      if (bit & REFLAG.X) next.verbose = value;
      if (bit & REFLAG.A) next.ascii = value;
    };
    for (const bit of [REFLAG.I, REFLAG.M, REFLAG.S, REFLAG.X, REFLAG.A]) {
      if (on & bit) apply(bit, true);
      if (off & bit) apply(bit, false);
    }
    if (!next.ignoreCase && (this.flags & REFLAG.I) !== 0) {
      throw pyError('NotImplementedError', 'turning IGNORECASE off inside a group, (?-i:...), is not available in this sandbox');
    }
    this.local = next;
    try {
      return { text: `(?:${this.groupBody(start, depth)})`, repeatable: true, ...this.lastWidth };
    } finally {
      this.local = saved;
    }
  }

  private pGroup(start: number, depth: number): Atom {
    this.i++;
    const kind = this.peek();
    if (kind === '<') {
      this.i++;
      const name = this.groupName('>', this.i);
      return this.capture(start, depth, name);
    }
    if (kind === '=') {
      this.i++;
      const at = this.i;
      const name = this.groupName(')', at);
      const group = this.groupIndex.get(name);
      if (group === undefined) throw new PatternError(`unknown group name '${name}'`, at);
      if (this.openGroups.has(group)) throw new PatternError('cannot refer to an open group', at);
      this.backrefs.push(group);
      return { text: `\\k<g${group}>`, repeatable: true, ...(this.groupWidths.get(group) ?? ZERO) };
    }
    if (kind === undefined) throw new PatternError('unexpected end of pattern', this.i);
    throw new PatternError(`unknown extension ?P${kind}`, start + 1);
  }

  private groupName(terminator: string, at: number): string {
    let name = '';
    while (this.i < this.p.length && this.p[this.i] !== terminator) name += this.p[this.i++];
    if (this.i >= this.p.length) throw new PatternError(`missing ${terminator}, unterminated name`, at);
    this.i++;
    if (name === '') throw new PatternError('missing group name', at);
    if (!/^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(name)) throw new PatternError(`bad character in group name '${name}'`, at);
    return name;
  }

  private capture(start: number, depth: number, name: string | null): Atom {
    const group = ++this.groups;
    if (name !== null) {
      const previous = this.groupIndex.get(name);
      if (previous !== undefined) throw new PatternError(`redefinition of group name '${name}' as group ${group}; was group ${previous}`, start + 4);
      this.groupIndex.set(name, group);
    }
    this.openGroups.add(group);
    const body = this.groupBody(start, depth);
    this.openGroups.delete(group);
    this.groupWidths.set(group, this.lastWidth);
    return { text: `(?<g${group}>${body})`, repeatable: true, ...this.lastWidth };
  }

  private groupBody(start: number, depth: number): string {
    const body = this.alternation(depth + 1);
    if (this.peek() !== ')') throw new PatternError('missing ), unterminated subpattern', start);
    this.i++;
    return body;
  }

  private charClass(start: number): string {
    let negate = false;
    if (this.peek() === '^') {
      negate = true;
      this.i++;
    }
    const items: string[] = [];
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new PatternError('unterminated character set', start);
      if (c === ']' && !first) {
        this.i++;
        break;
      }
      first = false;
      const itemStart = this.i;
      const lo = this.classAtom();
      if (this.peek() === '-' && this.p[this.i + 1] !== ']' && this.p[this.i + 1] !== undefined) {
        this.i++;
        const hi = this.classAtom();
        if (lo.set !== null || hi.set !== null) {
          const shown = this.p.slice(itemStart, this.i).join('');
          throw new PatternError(`bad character range ${shown}`, itemStart);
        }
        if (lo.char.codePointAt(0)! > hi.char.codePointAt(0)!) throw new PatternError(`bad character range ${this.p.slice(itemStart, this.i).join('')}`, itemStart);
        items.push(this.rangeText(lo.char, hi.char));
      } else {
        items.push(lo.set ?? this.classChar(lo.char));
      }
    }
    return `[${negate ? '^' : ''}${items.join('')}]`;
  }

  private classChar(c: string): string {
    if (this.local.ignoreCase && (this.flags & REFLAG.I) === 0) {
      return [...new Set([c, c.toLowerCase(), c.toUpperCase()].filter((v) => Array.from(v).length === 1))].map(classEscape).join('');
    }
    return classEscape(c);
  }

  private rangeText(lo: string, hi: string): string {
    let text = `${classEscape(lo)}-${classEscape(hi)}`;
    if (this.local.ignoreCase && (this.flags & REFLAG.I) === 0) {
      const a = lo.codePointAt(0)!;
      const b = hi.codePointAt(0)!;
      // Scoped (?i:...) has no JavaScript flag to lean on: spell out the other case of a short range.
      if (b - a < 512) {
        const extra = new Set<string>();
        for (let cp = a; cp <= b; cp++) {
          const ch = String.fromCodePoint(cp);
          for (const v of [ch.toLowerCase(), ch.toUpperCase()]) if (Array.from(v).length === 1 && v !== ch) extra.add(v);
        }
        text += [...extra].map(classEscape).join('');
      }
    }
    return text;
  }

  /** One member of a set: a character, or a class escape like `\d` (then `set` holds its text). */
  private classAtom(): { char: string; set: string | null } {
    const c = this.p[this.i]!;
    const start = this.i;
    this.i++;
    if (c !== '\\') return { char: c, set: null };
    const e = this.p[this.i];
    if (e === undefined) throw new PatternError('unterminated character set', start);
    this.i++;
    if ('dwsDWS'.includes(e)) {
      const body = this.classFor(e.toLowerCase());
      return { char: '', set: e === e.toLowerCase() ? body : `[^${body}]` };
    }
    if (e === 'b') return { char: '\b', set: null };
    if (OCT.test(e)) {
      let digits = e;
      while (digits.length < 3 && this.p[this.i] !== undefined && OCT.test(this.p[this.i]!)) digits += this.p[this.i++];
      if (e !== '0' && digits.length === 1) throw new PatternError(`bad escape \\${e}`, start);
      return { char: String.fromCodePoint(parseInt(digits, 8)), set: null };
    }
    if (DIGIT.test(e)) throw new PatternError(`bad escape \\${e}`, start);
    return { char: this.charEscape(start, e), set: null };
  }
}
