'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { Lang } from '@/lib/languages';
import type { ExerciseMeta } from '@/lib/content/lesson-meta';
import type { SolutionStep } from '@/sandbox/grader/solution';

/** What a lesson's interactive parts share: its language and slug, and lesson.json's exercises, edits and quiz. */
export interface LessonData {
  lang: Lang;
  slug: string;
  exercises: ExerciseMeta[];
  edits: Record<string, SolutionStep[]>;
  quiz: string[];
}

const LessonContext = createContext<LessonData | null>(null);

export function LessonProvider({ lesson, children }: { lesson: LessonData; children: ReactNode }) {
  return <LessonContext.Provider value={lesson}>{children}</LessonContext.Provider>;
}

export function useLesson(): LessonData {
  const lesson = useContext(LessonContext);
  if (!lesson) throw new Error('Exercises, edits and quizzes belong inside a lesson page');
  return lesson;
}
