import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';

interface NameFormProps {
  label: string;
  hint: string;
  /** The current name when renaming, empty when creating. */
  initial: string;
  confirm: string;
  cancel: string;
  /** Why the name cannot be used, in words, or null. */
  problem(name: string): string | null;
  /** The create or rename itself failed (a message from the runtime). */
  failure: string | null;
  busy: boolean;
  onSubmit(name: string): void;
  onCancel(): void;
}

/** The name of a new file or folder, or a new name, typed in place: Enter confirms, Escape cancels. */
export function NameForm({ label, hint, initial, confirm, cancel, problem, failure, busy, onSubmit, onCancel }: NameFormProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(initial);
  // The empty-name complaint waits for a first keystroke or a submit.
  const [touched, setTouched] = useState(false);
  const message = (touched ? problem(name) : null) ?? failure;

  useEffect(() => {
    const field = input.current;
    if (!field) return;
    field.focus();
    // Renaming views.py selects "views": the usual edit keeps the extension.
    const dot = initial.lastIndexOf('.');
    field.setSelectionRange(0, dot > 0 ? dot : initial.length);
  }, [initial]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (!busy && problem(name) === null) onSubmit(name);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  }

  const button = 'rounded px-2 py-0.5 text-xs font-medium';
  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} className="border-b border-zinc-200 px-2 py-2 dark:border-zinc-800">
      <label htmlFor={`${id}-name`} className="block text-xs font-medium text-zinc-700 dark:text-zinc-300">
        {label}
      </label>
      <input
        ref={input}
        id={`${id}-name`}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setTouched(true);
        }}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={message !== null}
        aria-describedby={`${id}-hint ${id}-problem`}
        className="mt-1 w-full rounded border border-zinc-300 bg-white px-1.5 py-0.5 font-mono text-sm aria-invalid:border-red-600 dark:border-zinc-700 dark:bg-zinc-900 dark:aria-invalid:border-red-400"
      />
      <p id={`${id}-problem`} aria-live="polite" className="mt-1 text-xs text-red-700 empty:mt-0 dark:text-red-300">
        {message}
      </p>
      <p id={`${id}-hint`} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        {hint}
      </p>
      <div className="mt-1.5 flex justify-end gap-1">
        <button type="button" onClick={onCancel} className={`${button} text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800`}>
          {cancel}
        </button>
        <button type="submit" disabled={busy} className={`${button} bg-brand-700 text-white hover:bg-brand-800 disabled:opacity-60 dark:bg-brand-300 dark:text-zinc-950`}>
          {confirm}
        </button>
      </div>
    </form>
  );
}
