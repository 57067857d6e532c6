import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, lessonStatus, markDone, mergeProgress, parseProgress, parseProgressFile, progressFile } from './progress';

describe('progress', () => {
  const some = markDone(markDone(EMPTY_PROGRESS, { kind: 'exercise', slug: 'apps', id: 'create-app' }), { kind: 'quiz', slug: 'apps', id: 'q1' });

  it('marks things done once', () => {
    expect(some).toEqual({ exercises: { apps: ['create-app'] }, quizzes: { apps: ['q1'] }, finished: [] });
    expect(markDone(some, { kind: 'exercise', slug: 'apps', id: 'create-app' })).toBe(some);
    expect(markDone(some, { kind: 'finished', slug: 'apps' }).finished).toEqual(['apps']);
  });

  it('round-trips through an exported file and refuses anything else', () => {
    expect(parseProgressFile(JSON.stringify(progressFile(some)))).toEqual(some);
    expect(parseProgressFile('{"exercises":{},"quizzes":{},"finished":[]}')).toBeNull();
    expect(parseProgressFile('not json')).toBeNull();
    expect(parseProgressFile(JSON.stringify({ ...progressFile(some), finished: 'apps' }))).toBeNull();
    expect(parseProgress({ exercises: { apps: [1] }, quizzes: {}, finished: [] })).toBeNull();
  });

  it('merges an import without losing what this browser has', () => {
    const other = markDone(EMPTY_PROGRESS, { kind: 'exercise', slug: 'apps', id: 'register' });
    expect(mergeProgress(some, markDone(other, { kind: 'finished', slug: 'views' }))).toEqual({
      exercises: { apps: ['create-app', 'register'] },
      quizzes: { apps: ['q1'] },
      finished: ['views'],
    });
  });

  it('counts a lesson, finished when all is done or when marked', () => {
    const lesson = { slug: 'apps', exercises: ['create-app', 'register'], quiz: ['q1'] };
    expect(lessonStatus(some, lesson)).toEqual({ exercisesDone: 1, questionsDone: 1, finished: false });
    const all = markDone(some, { kind: 'exercise', slug: 'apps', id: 'register' });
    expect(lessonStatus(all, lesson).finished).toBe(true);
    expect(lessonStatus(markDone(EMPTY_PROGRESS, { kind: 'finished', slug: 'apps' }), lesson).finished).toBe(true);
    // An id the lesson no longer has does not count.
    expect(lessonStatus(markDone(EMPTY_PROGRESS, { kind: 'exercise', slug: 'apps', id: 'gone' }), lesson).exercisesDone).toBe(0);
  });
});
