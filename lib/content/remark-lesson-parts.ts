import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const isElement = (node: unknown, name: string): node is JsxElement =>
  typeof node === 'object' &&
  node !== null &&
  ((node as JsxElement).type === 'mdxJsxFlowElement' || (node as JsxElement).type === 'mdxJsxTextElement') &&
  (node as JsxElement).name === name;

function setAttribute(node: JsxElement, name: string, value: string) {
  node.attributes = node.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || a.name !== name);
  node.attributes.push({ type: 'mdxJsxAttribute', name, value });
}

/** The interactive parts of a lesson, in order, as `Exercise:id`, `Edit:id` and `Question:id`. */
export type LessonPart = `${'Exercise' | 'Edit' | 'Question'}:${string}`;

const idOf = (node: JsxElement) => {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  return typeof attribute?.value === 'string' ? attribute.value : '';
};

/**
 * Lists a lesson's interactive parts (so the two languages can be compared), and numbers
 * their pieces so the components need not look at their children: each `<Hint>` gets its
 * place in its `<Exercise>` (which learns how many it has), each `<Choice>` its place in
 * its `<Question>`.
 */
export function remarkLessonParts(collect: LessonPart[]) {
  return () => (tree: Root) => {
    visit(tree, (node) => {
      for (const name of ['Exercise', 'Edit', 'Question'] as const) if (isElement(node, name)) collect.push(`${name}:${idOf(node)}`);
    });
    for (const [parent, child, total] of [
      ['Exercise', 'Hint', 'hints'],
      ['Question', 'Choice', 'choices'],
    ] as const) {
      visit(tree, (node) => {
        if (!isElement(node, parent)) return;
        let count = 0;
        visit(node, (inner) => {
          if (inner !== node && isElement(inner, child)) setAttribute(inner, 'index', String(count++));
        });
        setAttribute(node, total, String(count));
      });
    }
  };
}
