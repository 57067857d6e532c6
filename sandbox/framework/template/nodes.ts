import { PyInstance, type PyValue } from '../python';
import type { Context } from './context';
import { annotate } from './errors';
import type { FilterExpression } from './expression';
import type { Token } from './lexer';
import { conditionalEscape, toText } from './safe';
import { dateParts, formatDate, DATE_FORMAT, DATETIME_FORMAT, TIME_FORMAT } from './filters/dateformat';
import { templateLocaltime } from './filters/dates';

/** The template a node came from, for error positions. */
export interface Origin {
  name: string | null;
  source: string;
}

export abstract class Node {
  token: Token | null = null;
  origin: Origin | null = null;
  /** `{% extends %}` must come before any other tag. */
  readonly mustBeFirst: boolean = false;

  abstract render(ctx: Context): string;

  /** The node lists inside this node, for finding nodes by type (blocks in an extends chain). */
  children(): NodeList[] {
    return [];
  }

  /** Renders, pinning an error on this node's token unless an inner node already did. */
  renderAnnotated(ctx: Context): string {
    try {
      return this.render(ctx);
    } catch (err) {
      throw this.token && this.origin
        ? annotate(err, { name: this.origin.name, line: this.token.line, source: this.origin.source, start: this.token.start, end: this.token.end })
        : err;
    }
  }
}

export class NodeList {
  readonly nodes: Node[] = [];
  /** Whether a tag or variable came before (the `{% extends %}`-first check). */
  containsNontext = false;

  render(ctx: Context): string {
    let out = '';
    for (const node of this.nodes) out += node.renderAnnotated(ctx);
    return out;
  }

  nodesByType<T extends Node>(type: abstract new (...args: never[]) => T): T[] {
    const found: T[] = [];
    for (const node of this.nodes) {
      if (node instanceof type) found.push(node);
      for (const child of node.children()) found.push(...child.nodesByType(type));
    }
    return found;
  }
}

export class TextNode extends Node {
  constructor(readonly text: string) {
    super();
  }
  render(): string {
    return this.text;
  }
}

export class VariableNode extends Node {
  constructor(readonly expression: FilterExpression) {
    super();
  }
  render(ctx: Context): string {
    return renderValue(this.expression.resolve(ctx), ctx);
  }
}

/** Django's render_value_in_context: in local time, localized (dates in DATE_FORMAT...), then escaped if autoescape is on. */
export function renderValue(value: PyValue, ctx: Context): string {
  let shown: PyValue = value;
  const kind = value instanceof PyInstance ? value.cls.mro.find((c) => c.module === 'datetime' && ['date', 'datetime', 'time'].includes(c.name))?.name : undefined;
  if (kind) {
    const parts = dateParts(templateLocaltime(value, ctx.interp), ctx.interp);
    if (parts) shown = formatDate(parts, kind === 'time' ? TIME_FORMAT : kind === 'datetime' ? DATETIME_FORMAT : DATE_FORMAT);
  }
  if (ctx.autoescape) return toText(conditionalEscape(shown, ctx.interp), ctx.interp);
  return toText(shown, ctx.interp);
}
