import type { Lang } from '@/lib/languages';
import { SANDBOX_STRINGS } from '@/lib/sandbox-strings';
import { EDITOR_FRAME, EDITOR_HEADER } from './editor/editor-frame';

/**
 * The editor pane's frame while CodeMirror is not there yet: it loads when the learner
 * first opens a file, so that neither the prompt nor the first command waits for it.
 */
export function EditorPlaceholder({ lang, path }: { lang: Lang; path: string | null }) {
  const t = SANDBOX_STRINGS[lang].editor;
  return (
    <section aria-label={t.label} className={EDITOR_FRAME}>
      <div className={EDITOR_HEADER}>
        <span className="truncate font-mono text-xs text-zinc-700 dark:text-zinc-300">{path ?? t.label}</span>
        {path && <span className="ml-auto shrink-0 text-xs text-zinc-600 dark:text-zinc-400">{t.opening}</span>}
      </div>
      {!path && <p className="p-4 text-zinc-600 dark:text-zinc-400">{t.pickFile}</p>}
    </section>
  );
}
