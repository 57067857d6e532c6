'use client';

import type { FormEvent } from 'react';
import type { SandboxStrings } from '@/lib/sandbox-strings';

interface Props {
  t: SandboxStrings['preview'];
  /** Shown before the path, as a browser shows the host: `127.0.0.1:8000`. */
  host: string | null;
  path: string;
  /** The HTTP status, shown when it is not a plain 200. */
  status: number | null;
  canGoBack: boolean;
  disabled: boolean;
  onBack(): void;
  onReload(): void;
  onGo(text: string): void;
}

const BUTTON =
  'rounded p-1 text-zinc-600 hover:bg-zinc-200 hover:text-zinc-900 disabled:opacity-40 disabled:hover:bg-transparent dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100';

function Icon({ d }: { d: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round">
      <path d={d} />
    </svg>
  );
}

/**
 * Back, Reload and the address. The field is the parent's to reset: it is keyed by the
 * path, so a new page brings a fresh field and what the learner typed is not overwritten
 * while they type.
 */
export function AddressBar({ t, host, path, status, canGoBack, disabled, onBack, onReload, onGo }: Props) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const field = event.currentTarget.elements.namedItem('address');
    if (field instanceof HTMLInputElement) onGo(field.value);
  }

  return (
    <form onSubmit={submit} className="flex items-center gap-1 border-b border-zinc-200 bg-zinc-50 px-2 py-1 dark:border-zinc-800 dark:bg-zinc-900">
      <button type="button" className={BUTTON} onClick={onBack} disabled={disabled || !canGoBack} aria-label={t.back} title={t.back}>
        <Icon d="M12.5 4.5 7 10l5.5 5.5" />
      </button>
      <button type="button" className={BUTTON} onClick={onReload} disabled={disabled} aria-label={t.reload} title={t.reload}>
        <Icon d="M15.5 10a5.5 5.5 0 1 1-1.6-3.9M15.5 3.5v3h-3" />
      </button>
      <div className="flex min-w-0 flex-1 items-center rounded border border-zinc-300 bg-white px-2 font-mono text-xs focus-within:border-brand-600 dark:border-zinc-700 dark:bg-zinc-950 dark:focus-within:border-brand-300">
        {host && <span className="shrink-0 text-zinc-500 dark:text-zinc-400">{host}</span>}
        <input
          key={path}
          name="address"
          defaultValue={path}
          disabled={disabled}
          aria-label={t.address}
          spellCheck={false}
          autoComplete="off"
          className="min-w-0 flex-1 bg-transparent py-1 text-zinc-900 disabled:text-zinc-400 dark:text-zinc-100"
        />
      </div>
      {status !== null && status !== 200 && (
        <span
          title={t.status(status)}
          className={`shrink-0 rounded px-1.5 py-0.5 font-mono text-xs ${
            status >= 400 ? 'bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-300' : 'bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300'
          }`}
        >
          <span className="sr-only">{t.status(status)}</span>
          <span aria-hidden="true">{status}</span>
        </span>
      )}
    </form>
  );
}
