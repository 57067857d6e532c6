import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * A code block wider than the screen scrolls sideways; keyboard users can only scroll
 * what can take focus, so every block is a tab stop.
 */
export function rehypeFocusableCode() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'pre') return;
      // Shiki writes the attribute as `tabindex`; two spellings would become one JSX key twice.
      delete node.properties.tabindex;
      node.properties.tabIndex = 0;
    });
  };
}
