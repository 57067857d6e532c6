import { describe, expect, it } from 'vitest';
import { parseLessonMeta } from './lesson-meta';

const exercise = {
  id: 'create-app',
  checks: [{ type: 'folder_exists', path: 'site/home' }],
  solution: [{ run: 'python manage.py startapp home' }],
};

describe('parseLessonMeta', () => {
  it('accepts an empty start or a start after another lesson', () => {
    expect(parseLessonMeta({ start: 'empty', exercises: [] }, 'x')).toEqual({ start: 'empty', exercises: [], edits: {}, quiz: [] });
    expect(parseLessonMeta({ start: { after: 'virtual-environments' } }, 'x').start).toEqual({ after: 'virtual-environments' });
  });

  it('reads exercises, edits and quiz ids', () => {
    const meta = parseLessonMeta(
      { start: 'empty', exercises: [exercise], edits: { 'add-view': [{ edit: 'a.py', find: 'x', replace: 'y' }, { write: 'b.py', content: '' }] }, quiz: ['q-one'] },
      'x',
    );
    expect(meta.exercises).toEqual([exercise]);
    expect(meta.edits['add-view']).toHaveLength(2);
    expect(meta.quiz).toEqual(['q-one']);
  });

  it('names the file and the place of what is wrong', () => {
    expect(() => parseLessonMeta({}, 'content/lessons/01-a/lesson.json')).toThrow('content/lessons/01-a/lesson.json: "start"');
    expect(() => parseLessonMeta({ start: 'empty', exercises: [{}] }, 'x')).toThrow('exercises[0] needs an "id"');
    expect(() => parseLessonMeta({ start: 'empty', exercises: [{ ...exercise, checks: [] }] }, 'x')).toThrow('needs a non-empty "checks" list');
    expect(() => parseLessonMeta({ start: 'empty', exercises: [{ ...exercise, checks: [{ type: 'file_exist', path: 'a' }] }] }, 'x')).toThrow(
      'exercises[0].checks[0]: unknown check type "file_exist"',
    );
    expect(() => parseLessonMeta({ start: 'empty', exercises: [{ ...exercise, checks: [{ type: 'row_count', project: 'p', table: 't' }] }] }, 'x')).toThrow(
      'a row_count check needs "count" (number)',
    );
    expect(() => parseLessonMeta({ start: 'empty', exercises: [{ ...exercise, checks: [{ type: 'file_exists', path: 'a', pth: 'b' }] }] }, 'x')).toThrow(
      'a file_exists check has no field "pth"',
    );
    expect(() => parseLessonMeta({ start: 'empty', exercises: [{ ...exercise, solution: [{ run: 1 }] }] }, 'x')).toThrow('solution[0]: a step is');
    expect(() => parseLessonMeta({ start: 'empty', exercises: [exercise, exercise] }, 'x')).toThrow('an id is listed twice');
    expect(() => parseLessonMeta({ start: 'empty', quiz: ['Bad Id'] }, 'x')).toThrow('"quiz": expected a list of ids');
  });
});
