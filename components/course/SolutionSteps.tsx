import type { SolutionStep } from '@/sandbox/grader/solution';
import type { CourseStrings } from '@/lib/course-strings';

const code = 'overflow-x-auto rounded-md bg-zinc-900 px-3 py-2 font-mono text-sm text-zinc-100';

/** A solution's steps as a learner reads them: commands to type, files to write or change. */
export function SolutionSteps({ steps, t }: { steps: SolutionStep[]; t: CourseStrings['exercise'] }) {
  return (
    <ol className="list-decimal space-y-3 pl-5">
      {steps.map((step, i) => (
        <li key={i}>
          {'run' in step ? (
            <>
              {t.runStep} <code className="rounded bg-zinc-100 px-1 font-mono text-sm dark:bg-zinc-800">{step.run}</code>
            </>
          ) : 'write' in step ? (
            <>
              <p>{t.writeStep(step.write)}</p>
              <pre tabIndex={0} className={code}>{step.content}</pre>
            </>
          ) : (
            <>
              <p>{t.editStep(step.edit)}</p>
              <pre tabIndex={0} className={code}>{step.find}</pre>
              <p>{t.replaceWith}</p>
              <pre tabIndex={0} className={code}>{step.replace}</pre>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
