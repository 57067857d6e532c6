import { describe, expect, it } from 'vitest';
import { compiledLesson } from '@/lib/content/lesson-page-data';
import { INSPECTOR_STRINGS } from '@/lib/inspector-strings';
import { LANGS } from '@/lib/languages';
import sections from './lesson-sections.json';
import { sectionHref } from './ProblemList';

/** The inspector's links land on the lesson 8 sections they name, in both languages. */
describe("the inspector's links to the lesson", () => {
  for (const lang of LANGS) {
    it(`name headings the ${lang} page renders, with their text`, async () => {
      const { headings } = await compiledLesson(lang, sections.lesson);
      for (const [kind, anchor] of Object.entries(sections.anchors) as [keyof typeof sections.anchors, string][]) {
        const heading = headings.find((h) => h.id === anchor);
        expect(heading, `#${anchor}`).toBeDefined();
        expect(heading!.text).toBe(INSPECTOR_STRINGS[lang].sections[kind]);
        expect(sectionHref(lang, kind)).toBe(`/${lang}/lessons/migrations-gone-wrong#${anchor}`);
        expect(sectionHref(lang, kind, `/${lang}/lessons/migrations-gone-wrong`)).toBe(`#${anchor}`);
      }
    });
  }
});
