'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { BootStep, FileEntry, PreviewSource, RuntimeKind, SandboxRuntime, SavedSandbox } from '@/sandbox/runtime/runtime';
import type { SandboxStart } from '@/lib/content/lesson-meta';
import { forgetSandbox, loadSandbox, storeSandbox } from '@/sandbox/runtime/persistence';
import { RerunQueue } from '@/sandbox/runtime/rerun-queue';
import { chooseRuntime, requestedRuntime } from '@/sandbox/runtime/choose-runtime';
import { lessonStartUrl, savedFromJson, type SavedJson } from '@/sandbox/runtime/saved-json';
import { savedSandboxProblem } from '@/sandbox/runtime/saved-sandbox-check';
import type { TerminalApi } from './TerminalPane';
import { connectSandbox, sandboxSettled, type SandboxBridge } from './sandbox-bridge';

export type BootState =
  | { phase: 'booting'; step: BootStep | null }
  | { phase: 'ready'; kind: RuntimeKind; reason: string; fallback: boolean }
  | { phase: 'failed'; message: string }
  /** The saved copy cannot be opened: the learner decides what happens to it. */
  | { phase: 'damaged'; problem: string; saved: unknown };

export interface SandboxLesson {
  slug: string;
  start: SandboxStart;
}

/** How long WebContainer may take to start before the Worker takes over (`?wc-timeout=` for tests). */
function webcontainerTimeout(search: string): number {
  const asked = Number(new URLSearchParams(search).get('wc-timeout'));
  return asked > 0 ? asked : 8_000;
}

class DamagedSave extends Error {
  constructor(
    readonly problem: string,
    readonly saved: unknown,
  ) {
    super(problem);
  }
}

async function startingState(lesson: SandboxLesson): Promise<SavedSandbox | null> {
  const saved = await loadSandbox(lesson.slug).catch(() => undefined);
  if (saved !== undefined) {
    const problem = savedSandboxProblem(saved);
    if (problem) throw new DamagedSave(problem, saved);
    return saved as SavedSandbox;
  }
  if (lesson.start === 'empty') return null;
  const response = await fetch(lessonStartUrl(lesson.slug));
  if (!response.ok) throw new Error(`the lesson's starting files could not be loaded (${response.status})`);
  return savedFromJson((await response.json()) as SavedJson);
}

/**
 * Boots a lesson's sandbox once the terminal exists, keeps it saved after every command
 * and edit (when `mayStore` says this tab holds the lesson), and gives the panes what
 * they show: the files, the server, the boot state.
 */
export function useSandbox(lesson: SandboxLesson, terminal: TerminalApi | null, mayStore: () => Promise<boolean>) {
  const [boot, setBoot] = useState<BootState>({ phase: 'booting', step: null });
  const [entries, setEntries] = useState<FileEntry[]>([]);
  const [filesVersion, setFilesVersion] = useState(0);
  const [server, setServer] = useState<PreviewSource | null>(null);
  const [generation, setGeneration] = useState(0);
  /** Whether the last save failed (storage blocked or full): the panes say so. */
  const [unsaved, setUnsaved] = useState(false);
  const runtime = useRef<SandboxRuntime | null>(null);
  const saves = useRef<RerunQueue | null>(null);
  /** Who waits for the prompt to come back (a command typed for the learner). */
  const promptWaiters = useRef<(() => void)[]>([]);
  const serving = useRef(false);
  /**
   * Keys typed while no runtime is there to take them (the sandbox booting, restarting or
   * being reset): they go to the next one, in order, as a terminal's type-ahead does.
   */
  const typedAhead = useRef('');

  const refresh = useCallback(async () => {
    const current = runtime.current;
    if (!current) return;
    setEntries(await current.listFiles());
    setFilesVersion((v) => v + 1);
  }, []);

  /** After a change made outside a command (the panes, a lesson's edit): saved, shown, and graded again. */
  const changed = useCallback(async () => {
    await saves.current?.request();
    await refresh();
    sandboxSettled();
  }, [refresh]);

  useEffect(() => {
    if (!terminal) return;
    let cancelled = false;
    let started: SandboxRuntime | null = null;
    let disconnect = () => undefined as void;
    const waiters = promptWaiters.current;
    const nextPrompt = () => new Promise<void>((resolve) => waiters.push(resolve));
    const bridgeTo = (running: SandboxRuntime): SandboxBridge => ({
      async run(line) {
        // A server holds the terminal: stop it first, as the learner would with Ctrl+C.
        if (serving.current) {
          const stopped = nextPrompt();
          running.input('\x03');
          await stopped;
        }
        const done = nextPrompt();
        running.input(`${line}\r`);
        await done;
      },
      async readText(path) {
        try {
          return new TextDecoder().decode(await running.readFile(path));
        } catch {
          return null;
        }
      },
      async writeText(path, text) {
        await running.writeFile(path, new TextEncoder().encode(text));
        await changed();
      },
      grade: (checks) => running.grade(checks),
    });
    (async () => {
      try {
        const initial = await startingState(lesson);
        // Measured now, as late as possible: the panes settle their sizes while the lesson loads.
        const { columns, rows } = terminal.size();
        const choice = await chooseRuntime(
          {
            initial,
            columns,
            rows,
            progress: (step) => !cancelled && setBoot({ phase: 'booting', step }),
            events: {
              output: (data) => !cancelled && terminal.write(data),
              idle: () => {
                if (cancelled) return;
                void saves.current?.request();
                void refresh().then(sandboxSettled);
                promptWaiters.current.splice(0).forEach((w) => w());
              },
              filesChanged: () => void refresh().then(sandboxSettled),
              server: (source) => {
                serving.current = source !== null;
                if (!cancelled) setServer(source);
              },
              restarted: () => void refresh(),
            },
          },
          { requested: requestedRuntime(location.search), webcontainerTimeoutMs: webcontainerTimeout(location.search), memory: sessionStorage },
        );
        started = choice.runtime;
        if (cancelled) return choice.runtime.dispose();
        runtime.current = choice.runtime;
        // A resize while it booted had no runtime to go to; keys typed meanwhile neither.
        const size = terminal.size();
        if (size.columns !== columns || size.rows !== rows) choice.runtime.resize(size.columns, size.rows);
        const keys = typedAhead.current;
        typedAhead.current = '';
        if (keys) choice.runtime.input(keys);
        saves.current = new RerunQueue(async () => {
          // Taken even when this tab does not store it: a Worker that restarts comes back to it.
          // A Worker replaced while saving (a crash, an endless loop) has nothing to give.
          const saved = await choice.runtime.save().catch(() => null);
          if (!saved || !(await mayStore())) return;
          // A refused save must not stop the learner: the sandbox runs on, and says it is not kept.
          const stored = await storeSandbox(lesson.slug, saved).then(
            () => true,
            () => false,
          );
          if (!cancelled) setUnsaved(!stored);
        });
        setBoot({ phase: 'ready', kind: choice.runtime.kind, reason: choice.reason, fallback: choice.fallback });
        await refresh();
        disconnect = connectSandbox(bridgeTo(choice.runtime));
      } catch (err) {
        if (cancelled) return;
        if (err instanceof DamagedSave) setBoot({ phase: 'damaged', problem: err.problem, saved: err.saved });
        else setBoot({ phase: 'failed', message: err instanceof Error ? err.message : String(err) });
      }
    })();
    return () => {
      cancelled = true;
      disconnect();
      started?.dispose();
      runtime.current = null;
      waiters.splice(0).forEach((w) => w());
    };
  }, [lesson, terminal, generation, refresh, changed, mayStore]);

  /** A fresh boot from what is saved (or the lesson's files, when nothing is). */
  const restart = () => {
    runtime.current?.dispose();
    runtime.current = null;
    terminal?.write('\x1bc');
    setServer(null);
    setBoot({ phase: 'booting', step: null });
    setGeneration((g) => g + 1);
  };

  return {
    boot,
    unsaved,
    entries,
    filesVersion,
    server,
    input: (data: string) => {
      if (runtime.current) runtime.current.input(data);
      else typedAhead.current += data;
    },
    resize: (columns: number, rows: number) => runtime.current?.resize(columns, rows),
    readFile: async (path: string) => (await runtime.current?.readFile(path)) ?? new Uint8Array(),
    writeFile: async (path: string, data: Uint8Array) => {
      await runtime.current?.writeFile(path, data);
      await changed();
    },
    create: async (path: string, kind: 'file' | 'folder') => {
      if (kind === 'folder') await runtime.current?.makeFolder(path);
      else await runtime.current?.writeFile(path, new Uint8Array());
      await changed();
    },
    rename: async (from: string, to: string) => {
      await runtime.current?.rename(from, to);
      await changed();
    },
    remove: async (path: string) => {
      await runtime.current?.remove(path);
      await changed();
    },
    save: async () => (runtime.current ? runtime.current.save() : null),
    restart,
    /** Back to the lesson's starting files: the saved sandbox is forgotten and a fresh one boots. */
    reset: async () => {
      runtime.current?.dispose();
      runtime.current = null;
      await forgetSandbox(lesson.slug).catch(() => undefined);
      restart();
    },
  };
}
