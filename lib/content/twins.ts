import type { CompiledLesson } from './compile-lesson';

/**
 * What makes a translation differ from the English lesson in shape: the same sections
 * (headings, in order, at the same levels) and the very same code blocks, so that the
 * language switch keeps the reader's place and every command is taught in both, and the
 * same exercises, edits and quiz questions in the same order.
 */
export function twinProblems(english: CompiledLesson, twin: CompiledLesson): string[] {
  const problems: string[] = [];
  if (english.headings.length !== twin.headings.length) {
    problems.push(`has ${twin.headings.length} headings where the English lesson has ${english.headings.length}`);
  } else {
    english.headings.forEach((h, i) => {
      const other = twin.headings[i]!;
      if (h.depth !== other.depth) {
        problems.push(`heading ${i + 1} ("${other.text}") is h${other.depth}; in English ("${h.text}") it is h${h.depth}`);
      }
    });
  }
  if (english.codeBlocks.length !== twin.codeBlocks.length) {
    problems.push(`has ${twin.codeBlocks.length} code blocks where the English lesson has ${english.codeBlocks.length}`);
  } else {
    english.codeBlocks.forEach((block, i) => {
      const other = twin.codeBlocks[i]!;
      if (block.lang !== other.lang || block.code !== other.code || block.runs !== other.runs) {
        problems.push(`code block ${i + 1} (${other.lang}) differs from the English one (${block.lang})`);
      }
    });
  }
  if (english.parts.join(' ') !== twin.parts.join(' ')) {
    problems.push(`has the exercises, edits and questions ${twin.parts.join(', ') || '(none)'} where the English lesson has ${english.parts.join(', ') || '(none)'}`);
  }
  return problems;
}
