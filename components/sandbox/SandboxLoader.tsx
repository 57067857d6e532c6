'use client';

import { useEffect, useState, type ComponentType } from 'react';
import type { Lang } from '@/lib/languages';
import type { SandboxStart } from '@/lib/content/lesson-meta';
import { SANDBOX_HEIGHT } from './sandbox-height';
import { useSandboxWanted } from './sandbox-bridge';

interface Props {
  lang: Lang;
  slug: string;
  start: SandboxStart;
}

interface LoaderProps extends Props {
  /** What shows until the sandbox is there: given by the page, so that the sandbox's strings load with the sandbox. */
  starting: string;
}

/** Where the sandbox sits beside the text (Tailwind's `lg`); narrower, it hides behind a tab. */
const SIDE_BY_SIDE = '(min-width: 1024px)';

/** Runs `task` once the page has nothing more urgent to do. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}

/**
 * The sandbox's code (xterm, CodeMirror, the runtimes, the Worker) is not part of the lesson
 * page's first load. Beside the text it is fetched once the text is painted and the page is
 * idle; on a phone, where it sits behind the Practice tab, only when the learner opens that
 * tab or presses something that needs it.
 */
export function SandboxLoader({ starting, ...props }: LoaderProps) {
  const [Sandbox, setSandbox] = useState<ComponentType<Props> | null>(null);
  const wanted = useSandboxWanted();
  const { slug, start } = props;
  useEffect(() => {
    if (Sandbox) return;
    let live = true;
    let cancel = () => undefined as void;
    const load = () => {
      performance.mark('sandbox-load');
      // A small chunk of its own, there before the sandbox's code: it starts the lesson's
      // files and the Worker loading beside that code.
      void import('@/sandbox/runtime/early-start').then((early) => early.startEarly({ slug, start }, location.search, sessionStorage));
      void import('./Sandbox').then((module) => {
        performance.mark('sandbox-code');
        if (live) setSandbox(() => module.default);
      });
    };
    const media = window.matchMedia(SIDE_BY_SIDE);
    const onChange = () => {
      if (media.matches) cancel = whenIdle(load);
    };
    if (wanted) load();
    else if (media.matches) cancel = whenIdle(load);
    else media.addEventListener('change', onChange);
    return () => {
      live = false;
      cancel();
      media.removeEventListener('change', onChange);
    };
  }, [wanted, Sandbox, slug, start]);
  if (Sandbox) return <Sandbox {...props} />;
  return (
    <div className={SANDBOX_HEIGHT}>
      <p role="status" className="p-4 text-sm text-zinc-700 dark:text-zinc-300">
        {starting}
      </p>
    </div>
  );
}
