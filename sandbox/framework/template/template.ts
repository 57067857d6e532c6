import type { PyValue } from '../python';
import type { Context } from './context';
import type { Engine } from './engine';
import { tokenize } from './lexer';
import type { NodeList } from './nodes';
import { Parser } from './parser';
import { defaultFilters } from './filters';
import { defaultTags, installedLibraries } from './tags';

/**
 * django.test.signals.template_rendered, which setup_test_environment()'s instrumented
 * rendering sends for every template rendered (an {% extends %} parent and an {% include %} too).
 */
export const templateRendered: { listener: ((template: Template, context: Context) => void) | null } = { listener: null };

/** A compiled template: its source parsed once, rendered with any number of contexts. */
export class Template {
  readonly nodelist: NodeList;

  constructor(
    readonly source: string,
    readonly engine: Engine,
    /** The name it was loaded by (null for fromString), and its file. */
    readonly name: string | null = null,
    readonly path: string | null = null,
  ) {
    const parser = new Parser(tokenize(source), [defaultTags, defaultFilters], installedLibraries, { name, source });
    this.nodelist = parser.parse();
  }

  /** Renders with a context dict (a PyDict or None), as the backend's Template.render does. */
  render(context: PyValue, request: { csrfToken: string | null; context?: Map<string, PyValue> } | null = null): string {
    return this.renderIn(this.engine.makeContext(context, request), true);
  }

  /** Renders in an existing context: a fresh render-state layer unless it is an {% extends %} parent. */
  renderIn(ctx: Context, isolated: boolean): string {
    templateRendered.listener?.(this, ctx);
    const previous = ctx.template;
    ctx.template ??= this;
    try {
      return ctx.renderContext.withLayer(isolated, () => this.nodelist.render(ctx));
    } finally {
      ctx.template = previous;
    }
  }
}

