import { useRef, type KeyboardEvent } from 'react';

export type PaneName = 'terminal' | 'files' | 'preview';
const NAMES: PaneName[] = ['terminal', 'files', 'preview'];

interface Props {
  label: string;
  names: Record<PaneName, string>;
  active: PaneName;
  onChange(name: PaneName): void;
}

/** On a phone, one pane at a time behind tabs (arrow keys move between them). */
export function PaneTabs({ label, names, active, onChange }: Props) {
  const tabs = useRef<Partial<Record<PaneName, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const at = NAMES.indexOf(active);
    const next =
      event.key === 'ArrowRight' ? NAMES[(at + 1) % NAMES.length] : event.key === 'ArrowLeft' ? NAMES[(at + NAMES.length - 1) % NAMES.length] : null;
    if (!next) return;
    event.preventDefault();
    onChange(next);
    tabs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} onKeyDown={onKeyDown} className="flex border-b border-zinc-200 dark:border-zinc-800">
      {NAMES.map((name) => (
        <button
          key={name}
          ref={(el) => {
            tabs.current[name] = el;
          }}
          id={`sandbox-tab-${name}`}
          role="tab"
          type="button"
          aria-selected={active === name}
          aria-controls={`sandbox-pane-${name}`}
          tabIndex={active === name ? 0 : -1}
          onClick={() => onChange(name)}
          className={`flex-1 border-b-2 px-3 py-2 text-sm font-medium ${
            active === name ? 'border-brand-600 text-brand-800 dark:border-brand-300 dark:text-brand-300' : 'border-transparent text-zinc-700 dark:text-zinc-300'
          }`}
        >
          {names[name]}
        </button>
      ))}
    </div>
  );
}
