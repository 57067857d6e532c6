import type { Element, ElementContent, Parent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { PROMPT, WINDOWS_PROMPT } from './console-commands';
import { fenceMeta, OWN_COMPUTER } from './rehype-code-blocks';

/**
 * Renders ```console blocks as a terminal: the prompt dimmed and left out of a copy,
 * the command in bold, its output as it is. A grammar cannot tell output from commands,
 * the prompt convention can.
 */
export function rehypeConsole({ ownComputerLabel }: { ownComputerLabel: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index: number | undefined, parent: Parent | undefined) => {
      if (node.tagName !== 'pre') return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      const classes = Array.isArray(code?.properties.className) ? code.properties.className.map(String) : [];
      if (!code || !classes.includes('language-console')) return;
      const lines = toString(code).replace(/\n$/, '').split('\n');
      const own = fenceMeta(code).split(/\s+/).includes(OWN_COMPUTER);
      node.properties.className = own ? ['console', OWN_COMPUTER] : ['console'];
      node.properties.dataLanguage = 'console';
      if (own) node.properties.dataRuns = OWN_COMPUTER;
      code.properties.className = [];
      code.children = lines.flatMap((line, i): ElementContent[] => {
        const rendered = renderLine(line, own);
        return i < lines.length - 1 ? [rendered, { type: 'text', value: '\n' }] : [rendered];
      });
      // A caption in words, not only a colour, says these commands are for the learner's machine;
      // outside the <pre>, so copying the commands does not copy it.
      if (own && parent && index !== undefined) {
        parent.children[index] = {
          type: 'element',
          tagName: 'figure',
          properties: { className: ['console-figure'] },
          children: [{ type: 'element', tagName: 'figcaption', properties: { className: ['console-caption'] }, children: [{ type: 'text', value: ownComputerLabel }] }, node],
        };
        return 'skip';
      }
      return undefined;
    });
  };
}

function span(className: string, children: ElementContent[], extra: Record<string, string> = {}): Element {
  return { type: 'element', tagName: 'span', properties: { className: [className], ...extra }, children };
}

function renderLine(line: string, ownComputer: boolean): Element {
  const windows = ownComputer && !PROMPT.test(line) ? WINDOWS_PROMPT.exec(line) : null;
  const match = windows ?? PROMPT.exec(line);
  if (!match) return span('console-output', [{ type: 'text', value: line }]);
  const sign = windows ? '>' : '$';
  const prompt = match[1] ? `(${match[1]}) ${sign} ` : `${sign} `;
  return span('console-input', [
    span('console-prompt', [{ type: 'text', value: prompt }], { ariaHidden: 'true' }),
    span('console-command', [{ type: 'text', value: match[2]! }]),
  ]);
}
