import { bundleMDX } from 'mdx-bundler';
import rehypeShiki from '@shikijs/rehype';
import remarkGfm from 'remark-gfm';
import { parseFrontmatter, type LessonFrontmatter } from './lesson-meta';
import { rehypeHeadings, type Heading } from './rehype-headings';
import { rehypeCodeBlocks, type CodeBlock } from './rehype-code-blocks';
import { rehypeConsole } from './rehype-console';
import { rehypeFocusableCode } from './rehype-focusable-code';
import { remarkLessonParts, type LessonPart } from './remark-lesson-parts';

export interface CompiledLesson {
  /** The function body mdx-bundler produces; run it with getMDXComponent. */
  code: string;
  frontmatter: LessonFrontmatter;
  headings: Heading[];
  codeBlocks: CodeBlock[];
  /** The exercises, edits and quiz questions, in order. */
  parts: LessonPart[];
}

/** The code languages lessons may use (shiki would load every grammar it has unless told). */
export const CODE_LANGUAGES = ['python', 'bash', 'console', 'html', 'django', 'jinja', 'json', 'toml', 'text'] as const;

/** Grammars shiki loads; console blocks are rendered by rehypeConsole, plain text is left alone, django is Jinja's (below). */
const SHIKI_LANGUAGES = CODE_LANGUAGES.filter((l) => l !== 'console' && l !== 'text' && l !== 'django');

export async function compileLesson(
  source: string,
  {
    where,
    headingIds,
    ownComputerLabel = 'On your own computer, not in the sandbox',
  }: { where: string; headingIds?: readonly string[]; /** The caption of ```console own-computer blocks, in the lesson's language. */ ownComputerLabel?: string },
): Promise<CompiledLesson> {
  const headings: Heading[] = [];
  const codeBlocks: CodeBlock[] = [];
  const parts: LessonPart[] = [];
  const { code, frontmatter } = await bundleMDX({
    source,
    mdxOptions(options) {
      options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, remarkLessonParts(parts)];
      options.rehypePlugins = [
        ...(options.rehypePlugins ?? []),
        rehypeHeadings({ ids: headingIds, collect: headings }),
        rehypeCodeBlocks(codeBlocks),
        [rehypeConsole, { ownComputerLabel }],
        [
          rehypeShiki,
          {
            themes: { light: 'github-light', dark: 'github-dark' },
            // Two colours of these themes are below WCAG AA's 4.5:1 on their backgrounds:
            // github-light's orange (keyword arguments, 3.5:1) and github-dark's comments (3.1:1).
            colorReplacements: { 'github-light': { '#e36209': '#b35900' }, 'github-dark': { '#6a737d': '#959da5' } },
            langs: SHIKI_LANGUAGES,
            // Django templates are highlighted as Jinja, whose tags and filters they share.
            langAlias: { django: 'jinja' },
          },
        ],
        rehypeFocusableCode,
      ];
      return options;
    },
  });
  return { code, frontmatter: parseFrontmatter(frontmatter, where), headings, codeBlocks, parts };
}
