'use client';

import { useEffect, useState, type ComponentType } from 'react';
import type { Lang } from '@/lib/languages';
import type { SandboxStart } from '@/lib/content/lesson-meta';
import { SANDBOX_STRINGS } from '@/lib/sandbox-strings';
import { SANDBOX_HEIGHT } from './sandbox-height';

interface Props {
  lang: Lang;
  slug: string;
  start: SandboxStart;
}

/**
 * The sandbox's code (xterm, CodeMirror, the runtimes) is not part of the lesson page's
 * first load: it is fetched once the page has hydrated, so the lesson text is readable first.
 */
export function SandboxLoader(props: Props) {
  const [Sandbox, setSandbox] = useState<ComponentType<Props> | null>(null);
  useEffect(() => {
    let live = true;
    void import('./Sandbox').then((module) => live && setSandbox(() => module.default));
    return () => {
      live = false;
    };
  }, []);
  if (Sandbox) return <Sandbox {...props} />;
  return (
    <div className={SANDBOX_HEIGHT}>
      <p role="status" className="p-4 text-sm text-zinc-700 dark:text-zinc-300">
        {SANDBOX_STRINGS[props.lang].terminal.starting}
      </p>
    </div>
  );
}
