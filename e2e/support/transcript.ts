import type { Page } from '@playwright/test';
import xterm from '@xterm/headless';

interface Tapped {
  /** Everything the Worker sent the terminal, in order. */
  output: string;
  /** The widths the page told the Worker, in order ('open', then each resize). */
  columns: number[];
}

declare global {
  interface Window {
    __terminalTap?: Tapped;
  }
}

/**
 * Records what passes between the page and the sandbox's Worker: the terminal's output
 * and the widths the page told it. The terminal on screen shows only its last rows; the
 * recording, replayed in a headless xterm of the same width, gives every line it ever showed.
 */
export async function tapTerminal(page: Page) {
  await page.addInitScript(() => {
    const tap: Tapped = { output: '', columns: [] };
    window.__terminalTap = tap;
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (event: MessageEvent<{ type?: string; data?: string }>) => {
          if (event.data?.type === 'terminal') tap.output += event.data.data ?? '';
        });
      }
      postMessage(message: unknown, options?: Transferable[] | StructuredSerializeOptions) {
        const sent = message as { type?: string; columns?: number };
        if ((sent?.type === 'open' || sent?.type === 'resize') && typeof sent.columns === 'number') tap.columns.push(sent.columns);
        if (Array.isArray(options)) super.postMessage(message, options);
        else super.postMessage(message, options);
      }
    };
  });
}

export async function tapped(page: Page): Promise<Tapped> {
  return page.evaluate(() => window.__terminalTap ?? { output: '', columns: [] });
}

/** How many columns the terminal on screen has: its screen's width in cells. */
export function screenColumns(page: Page): Promise<number> {
  return page.evaluate(() => {
    const screen = document.querySelector<HTMLElement>('[data-testid="terminal"] .xterm-screen');
    const measure = document.querySelector<HTMLElement>('[data-testid="terminal"] .xterm-char-measure-element');
    if (!screen || !measure?.textContent) throw new Error('no terminal on the page');
    const cell = measure.getBoundingClientRect().width / measure.textContent.length;
    return Math.round(screen.getBoundingClientRect().width / cell);
  });
}

/** The lines a terminal `columns` wide shows for `output`, wrapped rows joined back into their line. */
export async function render(output: string, columns: number): Promise<string[]> {
  const terminal = new xterm.Terminal({ cols: columns, rows: 40, scrollback: 100_000, convertEol: true, allowProposedApi: true });
  await new Promise<void>((resolve) => terminal.write(output, resolve));
  const buffer = terminal.buffer.active;
  const lines: string[] = [];
  for (let i = 0; i < buffer.length; i++) {
    const row = buffer.getLine(i);
    if (!row) continue;
    // A row that wraps on keeps its trailing spaces: they are part of the line.
    const text = row.translateToString(!buffer.getLine(i + 1)?.isWrapped);
    if (row.isWrapped && lines.length) lines[lines.length - 1] += text;
    else lines.push(text);
  }
  terminal.dispose();
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  return lines;
}
