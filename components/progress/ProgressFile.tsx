'use client';

import { useRef, useState, useSyncExternalStore } from 'react';
import type { Lang } from '@/lib/languages';
import { COURSE_STRINGS } from '@/lib/course-strings';
import { lessonStatus, parseProgressFile, progressFile, type LessonTotals } from '@/lib/progress/progress';
import { downloadFile } from '@/lib/browser/download-file';
import { BUTTON } from '../course/buttons';
import { importProgress, progressIsPersistent, useProgress } from './progress-store';

const noSubscription = () => () => undefined;

/** The course's progress as a whole, with export to a file and import from one. */
export function ProgressFile({ lang, lessons }: { lang: Lang; lessons: LessonTotals[] }) {
  const t = COURSE_STRINGS[lang].progress;
  const progress = useProgress();
  const persistent = useSyncExternalStore(noSubscription, progressIsPersistent, () => true);
  const [message, setMessage] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const finished = lessons.filter((l) => lessonStatus(progress, l).finished).length;

  const download = () => downloadFile(JSON.stringify(progressFile(progress), null, 2), 'django-first-steps-progress.json', 'application/json');
  const upload = async (file: File | undefined) => {
    if (!file) return;
    const imported = parseProgressFile(await file.text());
    if (imported) importProgress(imported);
    setMessage(imported ? t.imported : t.importFailed);
    if (input.current) input.current.value = '';
  };

  return (
    <section aria-label={t.yourProgress} data-testid="course-progress" className="mt-8 rounded-xl border border-zinc-200 p-5 dark:border-zinc-800">
      <p className="font-semibold">{t.yourProgress}</p>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">{t.lessonsFinished(finished, lessons.length)}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button type="button" className={BUTTON} onClick={download}>
          {t.export}
        </button>
        <button type="button" className={BUTTON} onClick={() => input.current?.click()}>
          {t.import}
        </button>
        <input ref={input} type="file" accept="application/json,.json" className="sr-only" tabIndex={-1} aria-hidden="true" onChange={(e) => void upload(e.target.files?.[0])} data-testid="progress-import" />
      </div>
      <p role="status" aria-live="polite" className="mt-2 text-sm">
        {message}
      </p>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{persistent ? t.privacy : t.notSaved}</p>
    </section>
  );
}
