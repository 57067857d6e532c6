import type { Check } from '@/sandbox/grader/checks';
import type { CourseStrings } from '@/lib/course-strings';
import type { Grading } from './use-grading';

/** What the last "Check" found: everything passed, or each check with a mark and what was found. */
export function CheckResults({ t, grading, checks }: { t: CourseStrings['exercise']; grading: Grading; checks: Check[] }) {
  if (grading.phase === 'waiting') return <p className="mt-3 text-sm">{t.startingSandbox}</p>;
  if (grading.phase === 'failed') return <p className="mt-3 text-sm text-red-700 dark:text-red-400">{t.failed(grading.reason)}</p>;
  if (grading.phase !== 'graded') return null;
  const missing = grading.results.filter((r) => !r.passed).length;
  return (
    <div className="mt-3 text-sm" data-testid="check-results">
      <p className="font-medium">{missing === 0 ? t.passedAll : t.missing(missing)}</p>
      <ul className="mt-2 space-y-1">
        {checks.map((check, i) => {
          const result = grading.results[i];
          const passed = result?.passed ?? false;
          return (
            <li key={i} data-passed={passed} className="flex gap-2">
              <span aria-hidden="true" className={passed ? 'text-brand-700 dark:text-brand-300' : 'text-red-700 dark:text-red-400'}>
                {passed ? '✓' : '✗'}
              </span>
              <span>
                <span className="sr-only">{passed ? '✓ ' : '✗ '}</span>
                {t.describe(check)}
                {!passed && result?.found && (
                  <span className="text-zinc-700 dark:text-zinc-300">
                    {' '}
                    ({t.found} <code className="font-mono">{result.found}</code>)
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
