import fs from 'node:fs';
import path from 'node:path';
import type { Word } from './syntax';

export interface ExpansionContext {
  cwd: string;
  home: string;
  variable(name: string): string | undefined;
  lastStatus: number;
}

const VARIABLE = /\\\$|\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*)|(\?))/g;

function substitute(text: string, ctx: ExpansionContext): string {
  return text.replace(VARIABLE, (whole, braced: string | undefined, bare: string | undefined, status: string | undefined) => {
    if (whole === '\\$') return '$';
    if (status) return String(ctx.lastStatus);
    return ctx.variable((braced ?? bare)!) ?? '';
  });
}

/** A glob character typed outside quotes; quoted ones are escaped so they match themselves. */
interface Pattern {
  text: string;
  hasGlob: boolean;
}

function segmentRegex(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!;
    if (c === '\\' && i + 1 < segment.length) source += segment[++i]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) source += '\\[';
      else {
        const body = segment.slice(i + 1, close).replace(/^!/, '^');
        source += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else source += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

const unescape = (segment: string) => segment.replace(/\\(.)/g, '$1');

/** Pathname expansion: the matching names in sorted order, or null when nothing matches (bash then keeps the word). */
function glob(pattern: string, cwd: string): string[] | null {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
  let matches: string[] = [absolute ? '/' : ''];
  for (const segment of absolute ? segments.slice(1) : segments) {
    const next: string[] = [];
    const literal = !/(^|[^\\])[*?[]/.test(segment);
    for (const base of matches) {
      const dir = path.resolve(cwd, base || '.');
      if (literal) {
        const candidate = base + (base && !base.endsWith('/') ? '/' : '') + unescape(segment);
        if (fs.existsSync(path.resolve(cwd, candidate))) next.push(candidate);
        continue;
      }
      let names: string[];
      try {
        names = fs.readdirSync(dir) as string[];
      } catch {
        continue;
      }
      const regex = segmentRegex(segment);
      // A leading dot is matched only by a pattern that starts with one, as in bash.
      const showHidden = segment.startsWith('.');
      for (const name of names.sort()) {
        if (name.startsWith('.') && !showHidden) continue;
        if (regex.test(name)) next.push(base + (base && !base.endsWith('/') ? '/' : '') + name);
      }
    }
    matches = next;
    if (!matches.length) return null;
  }
  return matches;
}

/** Expands one word into the fields it becomes: tilde, variables, `$?`, then globs. */
export function expandWord(word: Word, ctx: ExpansionContext): string[] {
  const pattern: Pattern = { text: '', hasGlob: false };
  let plain = '';
  word.forEach((part, index) => {
    let text = part.quote === 'single' ? part.text : substitute(part.text, ctx);
    if (index === 0 && part.quote === 'none' && (text === '~' || text.startsWith('~/'))) text = ctx.home + text.slice(1);
    plain += text;
    if (part.quote === 'none') {
      pattern.text += text;
      if (/[*?[]/.test(text)) pattern.hasGlob = true;
    } else pattern.text += text.replace(/[\\*?[\]]/g, '\\$&');
  });
  if (pattern.hasGlob) {
    const found = glob(pattern.text, ctx.cwd);
    if (found) return found;
  }
  return [plain];
}
