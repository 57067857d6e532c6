'use client';

import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Lang } from '@/lib/languages';
import { SANDBOX_STRINGS } from '@/lib/sandbox-strings';
import { requestedRuntime } from '@/sandbox/runtime/choose-runtime';
import { INITIAL_VIEW, SandboxSession } from '@/sandbox/runtime/sandbox-session';
import type { SandboxLesson } from '@/sandbox/runtime/starting-state';
import type { TerminalApi } from './TerminalPane';
import { connectSandbox, sandboxSettled } from './sandbox-bridge';

/** How long WebContainer may take to start before the Worker takes over (`?wc-timeout=` for tests). */
function webcontainerTimeout(search: string): number {
  const asked = Number(new URLSearchParams(search).get('wc-timeout'));
  return asked > 0 ? asked : 8_000;
}

const noSession = () => () => undefined;

/**
 * The lesson's sandbox session (sandbox/runtime/sandbox-session.ts) once the terminal
 * exists, and what it shows, kept in step with React. The session goes with the page.
 */
export function useSandbox(lesson: SandboxLesson, terminal: TerminalApi | null, lang: Lang) {
  const [session, setSession] = useState<SandboxSession | null>(null);
  const words = useRef(SANDBOX_STRINGS[lang].runtime.notice);
  useEffect(() => {
    words.current = SANDBOX_STRINGS[lang].runtime.notice;
  }, [lang]);

  useEffect(() => {
    if (!terminal) return;
    const started = new SandboxSession(
      lesson,
      { terminal, words: (notice) => words.current(notice), settled: sandboxSettled, connect: connectSandbox },
      { requested: requestedRuntime(location.search), webcontainerTimeoutMs: webcontainerTimeout(location.search), memory: sessionStorage },
    );
    setSession(started);
    return () => {
      started.dispose();
      setSession(null);
    };
  }, [lesson, terminal]);

  const view = useSyncExternalStore(session?.subscribe ?? noSession, () => session?.snapshot() ?? INITIAL_VIEW, () => INITIAL_VIEW);
  return { view, session };
}
