'use client';

import { useRef, type KeyboardEvent } from 'react';

interface Props<T extends string> {
  label: string;
  tabs: readonly T[];
  // The tabs' own list decides T; the rest must fit it.
  names: Record<NoInfer<T>, string>;
  active: NoInfer<T>;
  onChange(tab: NoInfer<T>): void;
  /** Tab `x` gets the id `${idPrefix}tab-x` and controls `${idPrefix}panel-x`. */
  idPrefix?: string;
  className?: string;
  /** Padding of each tab. */
  size?: string;
}

/**
 * The ARIA tab pattern the site uses wherever panes take turns (lesson or practice on a
 * phone, the sandbox's panes): one tab stop, arrow keys move and wrap, Home and End.
 */
export function TabList<T extends string>({ label, tabs, names, active, onChange, idPrefix = '', className = '', size = 'px-4 py-3' }: Props<T>) {
  const buttons = useRef<Partial<Record<T, HTMLButtonElement | null>>>({});

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const at = tabs.indexOf(active);
    const target =
      event.key === 'ArrowRight' ? tabs[(at + 1) % tabs.length]
      : event.key === 'ArrowLeft' ? tabs[(at + tabs.length - 1) % tabs.length]
      : event.key === 'Home' ? tabs[0]
      : event.key === 'End' ? tabs[tabs.length - 1]
      : undefined;
    if (target === undefined) return;
    event.preventDefault();
    onChange(target);
    buttons.current[target]?.focus();
  }

  return (
    <div role="tablist" aria-label={label} onKeyDown={onKeyDown} className={`flex border-b border-zinc-200 dark:border-zinc-800 ${className}`}>
      {tabs.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            buttons.current[tab] = el;
          }}
          id={`${idPrefix}tab-${tab}`}
          role="tab"
          type="button"
          aria-selected={active === tab}
          aria-controls={`${idPrefix}panel-${tab}`}
          tabIndex={active === tab ? 0 : -1}
          onClick={() => onChange(tab)}
          className={`flex-1 border-b-2 ${size} text-sm font-medium ${
            active === tab
              ? 'border-brand-600 text-brand-800 dark:border-brand-300 dark:text-brand-300'
              : 'border-transparent text-zinc-700 dark:text-zinc-300'
          }`}
        >
          {names[tab]}
        </button>
      ))}
    </div>
  );
}
