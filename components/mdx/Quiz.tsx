'use client';

import { createContext, useContext, useId, useState, type ReactNode } from 'react';
import { COURSE_STRINGS } from '@/lib/course-strings';
import { useLesson } from '../course/LessonProvider';
import { recordProgress, useProgress } from '../progress/progress-store';

/** The lesson's quiz: its questions, under one heading. */
export function Quiz({ children }: { children: ReactNode }) {
  const lesson = useLesson();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="my-8 rounded-lg border border-zinc-300 px-4 py-4 dark:border-zinc-700">
      <h3 id={headingId} className="not-prose text-lg font-semibold">
        {COURSE_STRINGS[lesson.lang].quiz.title}
      </h3>
      {children}
    </section>
  );
}

interface QuestionState {
  id: string;
  selected: number | null;
  select(index: number, correct: boolean): void;
}

const QuestionContext = createContext<QuestionState | null>(null);
const ChoiceContext = createContext<{ selected: boolean; correct: boolean }>({ selected: false, correct: false });

/** One question: its prompt, then its <Choice>s; answering it right counts in the progress. */
export function Question({ id, children }: { id: string; choices?: string; children: ReactNode }) {
  const lesson = useLesson();
  if (!lesson.quiz.includes(id)) throw new Error(`<Question id="${id}"> is not in lesson.json "quiz"`);
  const [selected, setSelected] = useState<number | null>(null);
  const progress = useProgress();
  const answered = progress.quizzes[lesson.slug]?.includes(id) ?? false;
  const select = (index: number, correct: boolean) => {
    setSelected(index);
    if (correct) recordProgress({ kind: 'quiz', slug: lesson.slug, id });
  };
  return (
    <QuestionContext.Provider value={{ id, selected, select }}>
      <div role="group" data-testid={`question-${id}`} data-answered={answered} className="mt-4 border-t border-zinc-200 pt-3 first-of-type:border-0 dark:border-zinc-700">
        {answered && <p className="not-prose float-right text-xs font-medium text-brand-700 dark:text-brand-300">✓ {COURSE_STRINGS[lesson.lang].quiz.answered}</p>}
        <div className="[&>:first-child]:mt-0">{children}</div>
      </div>
    </QuestionContext.Provider>
  );
}

/** One answer to pick; its <Why> shows once it is picked. */
export function Choice({ index = '0', correct = false, children }: { index?: string; correct?: boolean; children: ReactNode }) {
  const question = useContext(QuestionContext);
  const lesson = useLesson();
  if (!question) throw new Error('<Choice> belongs inside a <Question>');
  const n = Number(index);
  const selected = question.selected === n;
  const t = COURSE_STRINGS[lesson.lang].quiz;
  const tone = !selected
    ? 'border-zinc-300 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800'
    : correct
      ? 'border-brand-600 bg-brand-50 dark:bg-emerald-950/40'
      : 'border-red-600 bg-red-50 dark:bg-red-950/40';
  return (
    <ChoiceContext.Provider value={{ selected, correct }}>
      <div className={`my-2 rounded-md border-2 ${tone}`}>
        {/* A radio button: one answer per question, chosen with a click or the arrow keys. */}
        <label className="flex cursor-pointer gap-3 px-3 py-2 [&_p]:m-0">
          <input type="radio" name={question.id} checked={selected} onChange={() => question.select(n, correct)} className="mt-1 accent-brand-600" />
          <span>{children}</span>
        </label>
        {selected && (
          <p role="status" className={`not-prose px-3 pb-2 text-sm font-semibold ${correct ? 'text-brand-800 dark:text-brand-300' : 'text-red-800 dark:text-red-300'}`}>
            {correct ? t.correct : t.wrong}
          </p>
        )}
      </div>
    </ChoiceContext.Provider>
  );
}

/** Why a choice is right or wrong: shown under it once picked. */
export function Why({ children }: { children: ReactNode }) {
  const { selected } = useContext(ChoiceContext);
  if (!selected) return null;
  return <span className="mt-1 block text-sm text-zinc-800 dark:text-zinc-200">{children}</span>;
}
