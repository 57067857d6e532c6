'use client';

import { useEffect, useId, useRef } from 'react';
import { Terminal } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import { DARK_THEME, LIGHT_THEME } from './terminal/terminal-theme';

export interface TerminalApi {
  write(data: string): void;
  focus(): void;
  size(): { columns: number; rows: number };
}

interface Props {
  label: string;
  /** How to leave the terminal with the keyboard: shown while it has focus, and read with it. */
  keyboardHelp: string;
  onInput(data: string): void;
  onResize(columns: number, rows: number): void;
  /** Receives the terminal once it exists. */
  onReady(api: TerminalApi): void;
}

/** How long after Escape a Tab leaves the terminal (as in the editor, CodeMirror's convention). */
const LEAVE_MS = 2_000;
const MODIFIERS = ['Shift', 'Control', 'Alt', 'Meta'];

/**
 * xterm.js with its DOM renderer: what it shows is text in the page, for screen readers and
 * tests alike. Ctrl+C copies when text is selected (and interrupts otherwise); Ctrl+V pastes.
 * Tab completes commands, so Tab alone cannot leave: Escape, then Tab, does.
 */
export function TerminalPane({ label, keyboardHelp, onInput, onResize, onReady }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const helpId = useId();
  const callbacks = useRef({ onInput, onResize, onReady });
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  useEffect(() => {
    callbacks.current = { onInput, onResize, onReady };
  });

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const terminal = new Terminal({
      convertEol: true,
      cursorBlink: true,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
      fontSize: 13,
      scrollback: 5000,
      theme: dark.matches ? DARK_THEME : LIGHT_THEME,
    });
    const fit = new FitAddon();
    terminal.loadAddon(fit);
    terminal.open(element);
    textarea.current = terminal.textarea ?? null;
    let leaveUntil = 0;
    terminal.attachCustomKeyEventHandler((event) => {
      // Returning false leaves the key to the browser: after Escape, Tab moves the focus on.
      if (event.key === 'Tab' && Date.now() <= leaveUntil) return false;
      if (event.type === 'keydown' && event.key === 'Escape') {
        leaveUntil = Date.now() + LEAVE_MS;
        return false;
      }
      if (event.type === 'keydown' && !MODIFIERS.includes(event.key)) leaveUntil = 0;
      const mod = event.ctrlKey || event.metaKey;
      if (event.type !== 'keydown' || !mod) return true;
      const key = event.key.toLowerCase();
      if (key === 'c' && terminal.hasSelection()) {
        void navigator.clipboard?.writeText(terminal.getSelection());
        terminal.clearSelection();
        return false;
      }
      // The browser's paste event brings the text to xterm, which sends it as typed.
      if (key === 'v') return false;
      return true;
    });
    const data = terminal.onData((d) => callbacks.current.onInput(d));
    const resized = terminal.onResize(({ cols, rows }) => callbacks.current.onResize(cols, rows));
    const refit = () => {
      if (element.clientWidth > 0 && element.clientHeight > 0) fit.fit();
    };
    refit();
    const observer = new ResizeObserver(refit);
    observer.observe(element);
    const scheme = () => (terminal.options.theme = dark.matches ? DARK_THEME : LIGHT_THEME);
    dark.addEventListener('change', scheme);
    callbacks.current.onReady({
      write: (text) => terminal.write(text),
      focus: () => terminal.focus(),
      size: () => ({ columns: terminal.cols, rows: terminal.rows }),
    });
    return () => {
      observer.disconnect();
      dark.removeEventListener('change', scheme);
      data.dispose();
      resized.dispose();
      terminal.dispose();
      textarea.current = null;
    };
  }, []);

  // After the effect that makes the terminal (effects run in order), and whenever the label
  // changes (the page's language): a new terminal would mean a new sandbox, and keys lost.
  useEffect(() => {
    textarea.current?.setAttribute('aria-label', label);
    textarea.current?.setAttribute('aria-describedby', helpId);
  }, [label, helpId]);

  return (
    <div className="group relative h-full min-h-0 w-full">
      <div
        ref={host}
        data-testid="terminal"
        className="h-full min-h-0 w-full overflow-hidden bg-zinc-50 p-1 focus-within:outline-3 focus-within:-outline-offset-3 focus-within:outline-brand-400 dark:bg-zinc-950"
      />
      <p
        id={helpId}
        className="pointer-events-none absolute right-2 top-1 hidden rounded bg-zinc-800/90 px-2 py-0.5 text-xs text-white group-focus-within:block"
      >
        {keyboardHelp}
      </p>
    </div>
  );
}
