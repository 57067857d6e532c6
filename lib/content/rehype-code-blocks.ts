import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface CodeBlock {
  lang: string;
  code: string;
  /**
   * Where a console block's commands run: `own-computer` (```console own-computer) for
   * commands meant for the learner's own machine (installing Python tools, Windows forms),
   * which the sandbox does not replay; otherwise the sandbox.
   */
  runs?: 'own-computer';
}

/** The words after a fence's language: ```console own-computer. */
export function fenceMeta(code: Element): string {
  const meta = (code.data as { meta?: unknown } | undefined)?.meta;
  return typeof meta === 'string' ? meta : '';
}

export const OWN_COMPUTER = 'own-computer';

/** Collects every fenced code block (before highlighting rewrites them). */
export function rehypeCodeBlocks(collect: CodeBlock[]) {
  return () => (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'pre') return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      if (!code) return;
      const classes = Array.isArray(code.properties.className) ? code.properties.className : [];
      const langClass = classes.map(String).find((c) => c.startsWith('language-'));
      const block: CodeBlock = { lang: langClass?.slice('language-'.length) ?? 'text', code: toString(code).replace(/\n$/, '') };
      if (fenceMeta(code).split(/\s+/).includes(OWN_COMPUTER)) block.runs = OWN_COMPUTER;
      collect.push(block);
    });
  };
}
