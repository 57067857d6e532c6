import { Decoration, MatchDecorator, ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';

/**
 * Marks Django template syntax ({% tag %}, {{ variable }}, {# comment #}) in HTML files.
 * The HTML parser reads it as plain text; a regular expression over the visible lines is
 * enough to make it stand out, without a template grammar.
 */
const matcher = new MatchDecorator({
  regexp: /\{%.*?%\}|\{\{.*?\}\}|\{#.*?#\}/g,
  decoration: Decoration.mark({ class: 'cm-django-tag' }),
});

export const djangoTemplateMarks = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = matcher.createDeco(view);
    }
    update(update: ViewUpdate) {
      this.decorations = matcher.updateDeco(update, this.decorations);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);
