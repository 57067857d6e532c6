import type { ReactNode } from 'react';

const STYLES = {
  note: 'border-sky-500 bg-sky-50 dark:bg-sky-950/40',
  tip: 'border-brand-400 bg-brand-50 dark:bg-emerald-950/40',
  warning: 'border-amber-500 bg-amber-50 dark:bg-amber-950/40',
} as const;

/** A boxed aside in a lesson: `<Callout kind="warning" title="...">`. */
export function Callout({ kind = 'note', title, children }: { kind?: keyof typeof STYLES; title?: string; children: ReactNode }) {
  return (
    <aside role="note" className={`my-6 rounded-r-lg border-l-4 px-4 py-3 ${STYLES[kind]}`}>
      {title && <p className="not-prose font-semibold">{title}</p>}
      {/* Not `not-prose`: the lesson's prose styles reach the callout's code blocks. */}
      <div className="[&>:first-child]:mt-1 [&>:last-child]:mb-0">{children}</div>
    </aside>
  );
}
