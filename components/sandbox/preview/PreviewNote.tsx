import type { ReactNode } from 'react';

/** Code, not a UI string: the command reads the same in every language. */
export const RUNSERVER = 'python manage.py runserver';

interface Props {
  title?: string;
  children: ReactNode;
}

/** A message shown in the pane itself, where the page would be, when there is no page. */
export function PreviewNote({ title, children }: Props) {
  return (
    <div role="status" className="flex h-full items-center justify-center p-6 text-center">
      <div className="max-w-sm text-sm text-zinc-700 dark:text-zinc-300">
        {title && <p className="font-semibold text-zinc-900 dark:text-zinc-100">{title}</p>}
        <div className={title ? 'mt-2' : undefined}>{children}</div>
      </div>
    </div>
  );
}

/** How to start a server, for when none is running. */
export function StartServerHint({ hint }: { hint: string }) {
  return (
    <>
      <p>{hint}</p>
      <code className="mt-2 inline-block rounded bg-zinc-100 px-2 py-1 font-mono text-xs text-brand-800 dark:bg-zinc-800 dark:text-brand-300">
        {RUNSERVER}
      </code>
    </>
  );
}

interface BarProps {
  children: ReactNode;
  dismiss: string;
  onDismiss(): void;
}

/** A passing remark above the page (a link the preview would not open), with a close button. */
export function NoticeBar({ children, dismiss, onDismiss }: BarProps) {
  return (
    <div role="status" className="flex items-start gap-2 border-b border-zinc-200 bg-brand-50 px-3 py-1.5 text-xs text-zinc-800 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-200">
      <p className="min-w-0 flex-1 break-words">{children}</p>
      <button
        type="button"
        onClick={onDismiss}
        aria-label={dismiss}
        title={dismiss}
        className="shrink-0 rounded px-1 text-zinc-600 hover:bg-zinc-200 dark:text-zinc-400 dark:hover:bg-zinc-800"
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
