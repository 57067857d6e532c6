import type { PyException } from '../python';
import { strRepr } from '../python/values';
import { annotate, syntaxError } from './errors';
import { FilterExpression } from './expression';
import type { Token } from './lexer';
import type { FilterDef, Library, TagCompiler } from './library';
import { NodeList, TextNode, VariableNode, type Node, type Origin } from './nodes';

/** "'a', 'b' or 'c'" (Django's get_text_list). */
export function textList(items: string[], last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/**
 * Turns tokens into nodes. Block tags are compiled by their library's function, which may
 * call `parse` again for its body up to an end tag; an unknown tag or a missing end tag is
 * a TemplateSyntaxError worded as Django words it.
 */
export class Parser {
  private readonly tokens: Token[];
  readonly tags: Record<string, TagCompiler>;
  readonly filters: Record<string, FilterDef>;
  private readonly commandStack: { command: string; token: Token }[] = [];
  /** Named `{% cycle ... as name %}` nodes, for `{% cycle name %}`. */
  readonly namedCycles = new Map<string, Node>();
  /** Per-parse state tags keep (the block names seen, for duplicates). */
  readonly state = new Map<string, unknown>();

  constructor(
    tokens: Token[],
    builtins: Library[],
    readonly libraries: Record<string, Library>,
    readonly origin: Origin,
  ) {
    // Tokens are consumed from the end: reversed once, popped after.
    this.tokens = [...tokens].reverse();
    this.tags = Object.assign({}, ...builtins.map((l) => l.tags)) as Record<string, TagCompiler>;
    this.filters = Object.assign({}, ...builtins.map((l) => l.filters)) as Record<string, FilterDef>;
  }

  parse(until: string[] = []): NodeList {
    const nodelist = new NodeList();
    while (this.tokens.length) {
      const token = this.nextToken();
      if (token.type === 'text') this.extend(nodelist, new TextNode(token.contents), token);
      else if (token.type === 'var') {
        if (!token.contents) throw this.error(token, syntaxError(`Empty variable tag on line ${token.line}`));
        let expression: FilterExpression;
        try {
          expression = this.compileFilter(token.contents);
        } catch (err) {
          throw this.error(token, err);
        }
        this.extend(nodelist, new VariableNode(expression), token);
      } else if (token.type === 'block') {
        const command = token.contents.split(/\s+/)[0];
        if (!command) throw this.error(token, syntaxError(`Empty block tag on line ${token.line}`));
        if (until.includes(command)) {
          this.prependToken(token);
          return nodelist;
        }
        this.commandStack.push({ command, token });
        const compile = this.tags[command];
        if (!compile) this.invalidBlockTag(token, command, until);
        let node: Node;
        try {
          node = compile(this, token);
        } catch (err) {
          throw this.error(token, err);
        }
        this.extend(nodelist, node, token);
        this.commandStack.pop();
      }
    }
    if (until.length) this.unclosedBlockTag(until);
    return nodelist;
  }

  private extend(nodelist: NodeList, node: Node, token: Token) {
    if (node.mustBeFirst && nodelist.containsNontext) {
      const where = this.origin.name ? strRepr(this.origin.name) : 'the template';
      throw this.error(token, syntaxError(`{% ${token.contents} %} must be the first tag in ${where}.`));
    }
    if (!(node instanceof TextNode)) nodelist.containsNontext = true;
    node.token ??= token;
    node.origin ??= this.origin;
    nodelist.nodes.push(node);
  }

  /** Skips everything up to `{% endtag %}` ({% comment %}). */
  skipPast(endtag: string) {
    while (this.tokens.length) {
      const token = this.nextToken();
      if (token.type === 'block' && token.contents === endtag) return;
    }
    this.unclosedBlockTag([endtag]);
  }

  nextToken(): Token {
    return this.tokens.pop()!;
  }

  prependToken(token: Token) {
    this.tokens.push(token);
  }

  deleteFirstToken() {
    this.tokens.pop();
  }

  compileFilter(token: string): FilterExpression {
    return new FilterExpression(token, (name) => this.filters[name]);
  }

  /** Adds a library's tags and filters ({% load %}). */
  addLibrary(library: Library) {
    Object.assign(this.tags, library.tags);
    Object.assign(this.filters, library.filters);
  }

  error(token: Token, err: unknown): PyException {
    return annotate(err, { name: this.origin.name, line: token.line, source: this.origin.source, start: token.start, end: token.end }) as PyException;
  }

  invalidBlockTag(token: Token, command: string, until: string[]): never {
    if (until.length) {
      const expected = textList(until.map((p) => `'${p}'`), 'or');
      throw this.error(token, syntaxError(`Invalid block tag on line ${token.line}: '${command}', expected ${expected}. Did you forget to register or load this tag?`));
    }
    throw this.error(token, syntaxError(`Invalid block tag on line ${token.line}: '${command}'. Did you forget to register or load this tag?`));
  }

  private unclosedBlockTag(until: string[]): never {
    const { command, token } = this.commandStack.pop()!;
    throw this.error(token, syntaxError(`Unclosed tag on line ${token.line}: '${command}'. Looking for one of: ${until.join(', ')}.`));
  }
}
