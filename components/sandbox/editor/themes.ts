import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
// @lezer/highlight comes with @codemirror/language, which re-exports none of its tags.
import { tags as t } from '@lezer/highlight';

/**
 * The editor's colours in the site's palette (zinc greys, brand greens). Every token colour
 * keeps at least 4.5:1 contrast with its background, like the rest of the site's text.
 */
interface Palette {
  background: string;
  text: string;
  gutter: string;
  gutterText: string;
  activeLine: string;
  selection: string;
  bracket: string;
  border: string;
  keyword: string;
  string: string;
  number: string;
  comment: string;
  name: string;
  type: string;
  tag: string;
  attribute: string;
  meta: string;
  django: string;
  djangoBackground: string;
}

const LIGHT: Palette = {
  background: '#ffffff',
  text: '#18181b',
  gutter: '#fafafa',
  gutterText: '#71717a',
  activeLine: 'rgba(24, 24, 27, 0.03)',
  selection: '#d1fae5',
  bracket: '#a7f3d0',
  border: '#e4e4e7',
  keyword: '#6d28d9',
  string: '#0c6b42',
  number: '#b45309',
  comment: '#71717a',
  name: '#1d4ed8',
  type: '#0e7490',
  tag: '#b91c1c',
  attribute: '#92400e',
  meta: '#a16207',
  django: '#9d174d',
  djangoBackground: 'rgba(236, 72, 153, 0.08)',
};

const DARK: Palette = {
  background: '#09090b',
  text: '#f4f4f5',
  gutter: '#18181b',
  gutterText: '#a1a1aa',
  activeLine: 'rgba(244, 244, 245, 0.04)',
  selection: '#0c4b33',
  bracket: '#0c6b42',
  border: '#27272a',
  keyword: '#c4b5fd',
  string: '#6ee7b7',
  number: '#fcd34d',
  comment: '#a1a1aa',
  name: '#93c5fd',
  type: '#67e8f9',
  tag: '#fca5a5',
  attribute: '#fdba74',
  meta: '#fde047',
  django: '#f9a8d4',
  djangoBackground: 'rgba(236, 72, 153, 0.12)',
};

const MONOSPACE = 'ui-monospace, SFMono-Regular, Menlo, Monaco, Consolas, "Liberation Mono", "Courier New", monospace';

function chrome(p: Palette, dark: boolean): Extension {
  return EditorView.theme(
    {
      '&': { color: p.text, backgroundColor: p.background, height: '100%', fontSize: '0.875rem' },
      '.cm-scroller': { fontFamily: MONOSPACE, lineHeight: '1.5', overflow: 'auto' },
      '.cm-content': { caretColor: p.text },
      '.cm-cursor, .cm-dropCursor': { borderLeftColor: p.text },
      // The site's focus ring, inside the pane: the cursor alone is too small to show focus.
      '&.cm-focused': { outline: '3px solid var(--color-brand-400)', outlineOffset: '-3px' },
      '.cm-content ::selection, .cm-line::selection': { backgroundColor: p.selection },
      '.cm-gutters': { backgroundColor: p.gutter, color: p.gutterText, borderRight: `1px solid ${p.border}` },
      '.cm-activeLine': { backgroundColor: p.activeLine },
      '.cm-activeLineGutter': { backgroundColor: p.activeLine, color: p.text },
      '&.cm-focused .cm-matchingBracket': { backgroundColor: p.bracket, outline: 'none' },
      '&.cm-focused .cm-nonmatchingBracket': { backgroundColor: 'transparent', outline: `1px solid ${p.tag}` },
      // Django's {% %} and {{ }} over the HTML highlighting (see django-template-marks.ts).
      '.cm-django-tag, .cm-django-tag span': { color: p.django },
      '.cm-django-tag': { backgroundColor: p.djangoBackground, borderRadius: '3px' },
    },
    { dark },
  );
}

function highlighting(p: Palette): Extension {
  return syntaxHighlighting(
    HighlightStyle.define([
      { tag: [t.keyword, t.controlKeyword, t.definitionKeyword, t.moduleKeyword, t.operatorKeyword], color: p.keyword },
      { tag: [t.string, t.special(t.string), t.regexp], color: p.string },
      { tag: [t.number, t.bool, t.null, t.atom], color: p.number },
      { tag: [t.comment, t.lineComment, t.blockComment], color: p.comment, fontStyle: 'italic' },
      { tag: [t.function(t.variableName), t.function(t.definition(t.variableName)), t.function(t.propertyName)], color: p.name },
      { tag: [t.className, t.definition(t.className), t.typeName, t.self], color: p.type },
      { tag: [t.tagName, t.angleBracket], color: p.tag },
      { tag: [t.attributeName, t.propertyName], color: p.attribute },
      { tag: [t.meta, t.processingInstruction, t.documentMeta], color: p.meta },
      { tag: t.invalid, color: p.tag, textDecoration: 'underline wavy' },
    ]),
  );
}

export const lightTheme: Extension = [chrome(LIGHT, false), highlighting(LIGHT)];
export const darkTheme: Extension = [chrome(DARK, true), highlighting(DARK)];
