import type { SyntaxNode } from '@lezer/common';
import type { FStringPart } from './ast';
import type { Converter } from './parser';
import { decodeEscapes, splitLiteral } from './strings';

/**
 * An f-string's literal text and replacement fields, with nested fields in a format spec
 * (`{x:>{width}}`), the self-documenting `{x=}`, and `{n:=6}`, whose `:=` @lezer/python
 * takes for a walrus.
 */
export function fstringParts(c: Converter, node: SyntaxNode): FStringPart[] {
  const text = c.text(node);
  const { prefix, bodyStart, body } = splitLiteral(text);
  const raw = prefix.includes('r');
  const bodyEnd = node.from + bodyStart + body.length;
  const parts: FStringPart[] = [];
  let cursor = node.from + bodyStart;
  for (let k = node.firstChild; k; k = k.nextSibling) {
    if (k.name !== 'FormatReplacement' || k.from < cursor) continue;
    if (k.from > cursor) parts.push(literal(c, node, c.source.slice(cursor, k.from), raw));
    cursor = replacement(c, k, parts, raw);
  }
  if (bodyEnd > cursor) parts.push(literal(c, node, c.source.slice(cursor, bodyEnd), raw));
  return parts;
}

function literal(c: Converter, node: SyntaxNode, text: string, raw: boolean): string {
  return decodeEscapes(text.replace(/\{\{/g, '{').replace(/\}\}/g, '}'), raw, false, (message) => c.failSpan(node.from, node.to, message));
}

/** Adds one `{...}` field to `parts`; returns where the text after it starts. */
function replacement(c: Converter, node: SyntaxNode, parts: FStringPart[], raw: boolean): number {
  const inner: SyntaxNode[] = [];
  let broken: SyntaxNode | null = null;
  for (let k = node.firstChild; k; k = k.nextSibling) {
    if (k.type.isError) {
      broken = k;
      break;
    }
    if (k.name !== '{' && k.name !== '}' && k.name !== 'Comment') inner.push(k);
  }
  const exprNode = inner.find((k) => !['FormatConversion', 'FormatSpec', 'FormatSelfDoc'].includes(k.name));
  if (!exprNode) return c.fail(node, 'SyntaxError', 'f-string: valid expression required before \'}\'');
  const selfDoc = inner.find((k) => k.name === 'FormatSelfDoc');
  const conv = inner.find((k) => k.name === 'FormatConversion');
  const specNode = inner.find((k) => k.name === 'FormatSpec');
  let spec: FStringPart[] = [];
  let end = node.to;
  if (broken) {
    const close = c.source.indexOf('}', broken.from);
    if (c.source[broken.from] !== ':' || close < 0) c.fail(broken, 'SyntaxError', 'invalid syntax');
    spec = [c.source.slice(broken.from + 1, close)];
    end = close + 1;
  } else if (specNode) spec = specParts(c, specNode, raw);
  if (selfDoc) {
    // `{count * 2 = }` prints its own text, spaces included, then the value's repr.
    const textEnd = conv?.from ?? specNode?.from ?? (broken ? broken.from : node.to - 1);
    parts.push(c.source.slice(node.from + 1, textEnd));
  }
  const conversion = conv ? c.text(conv).slice(1) : selfDoc && !specNode && !broken ? 'r' : null;
  parts.push({ expr: c.expr(exprNode), conversion, spec });
  return end;
}

function specParts(c: Converter, node: SyntaxNode, raw: boolean): FStringPart[] {
  const out: FStringPart[] = [];
  let cursor = node.from + 1;
  for (let k = node.firstChild; k; k = k.nextSibling) {
    if (k.name !== 'FormatReplacement') continue;
    if (k.from > cursor) out.push(c.source.slice(cursor, k.from));
    cursor = replacement(c, k, out, raw);
  }
  if (node.to > cursor) out.push(c.source.slice(cursor, node.to));
  return out;
}
