import type { Lang } from '@/lib/languages';
import type { InspectorStrings } from '@/lib/inspector-strings';
import type { InspectorProblem } from '@/sandbox/protocol/inspector-report';
import sections from './lesson-sections.json';

/**
 * The lesson section that explains a kind of disagreement (lesson 8's headings; the Hinglish
 * page takes the same anchors). On that lesson's own page only the anchor: the page, its
 * query and its running sandbox stay as they are.
 */
export function sectionHref(lang: Lang, kind: InspectorProblem['kind'], here?: string): string {
  const page = `/${lang}/lessons/${sections.lesson}`;
  return `${here === page ? '' : page}#${sections.anchors[kind]}`;
}

/** Each disagreement between the three records: one sentence, and where the lesson explains it. */
export function ProblemList({ lang, t, problems }: { lang: Lang; t: InspectorStrings; problems: InspectorProblem[] }) {
  if (problems.length === 0) {
    return (
      <p data-testid="inspector-no-problems" className="text-sm text-brand-800 dark:text-brand-300">
        ✓ {t.noProblems}
      </p>
    );
  }
  return (
    <ul className="space-y-2" data-testid="inspector-problems">
      {problems.map((problem, i) => (
        <li
          key={i}
          data-kind={problem.kind}
          className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-1.5 text-sm text-zinc-900 dark:border-amber-400 dark:bg-zinc-900 dark:text-zinc-100"
        >
          <p>{t.problem(problem)}</p>
          <a href={sectionHref(lang, problem.kind, typeof location === 'undefined' ? undefined : location.pathname)} className="mt-1 inline-block text-xs font-medium text-brand-800 underline dark:text-brand-300">
            {t.explainedIn(t.sections[problem.kind])}
          </a>
        </li>
      ))}
    </ul>
  );
}
