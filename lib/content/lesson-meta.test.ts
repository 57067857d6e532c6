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
    expect(meta.exercises).toEqual([{ ...exercise, shortcuts: [] }]);
    expect(meta.edits['add-view']).toHaveLength(2);
    expect(meta.quiz).toEqual(['q-one']);
  });

  it('reads the shortcuts an exercise must not be passed by', () => {
    const shortcut = { id: 'hard-coded', steps: [{ write: 'site/home/views.py', content: 'x' }] };
    expect(parseLessonMeta({ start: 'empty', exercises: [{ ...exercise, shortcuts: [shortcut] }] }, 'x').exercises[0]!.shortcuts).toEqual([shortcut]);
    expect(() => parseLessonMeta({ start: 'empty', exercises: [{ ...exercise, shortcuts: [{ id: 'x', steps: [] }] }] }, 'x')).toThrow('shortcuts[0].steps: expected a non-empty list');
    expect(() => parseLessonMeta({ start: 'empty', exercises: [{ ...exercise, shortcuts: [shortcut, shortcut] }] }, 'x')).toThrow('an id is listed twice');
  });

  it('reads variations of an http_get check and refuses broken ones', () => {
    const vary = [{ file: 'home/views.py', pattern: "'SQL'", replace: "$&, 'HTML'" }, { sql: "INSERT INTO home_student (name, age) VALUES ('Zoya', 23)" }];
    const check = { type: 'http_get', project: 'p', path: '/', status: 200, vary };
    expect(parseLessonMeta({ start: 'empty', exercises: [{ ...exercise, checks: [check] }] }, 'x').exercises[0]!.checks).toEqual([check]);
    expect(() => parseLessonMeta({ start: 'empty', exercises: [{ ...exercise, checks: [{ ...check, vary: [{ file: 'a', pattern: '(', replace: '' }] }] }] }, 'x')).toThrow(
      'a http_get check needs "vary" (variations)',
    );
    expect(() => parseLessonMeta({ start: 'empty', exercises: [{ ...exercise, checks: [{ ...check, vary: [{ sql: ' ' }] }] }] }, 'x')).toThrow('a http_get check needs "vary" (variations)');
    expect(() => parseLessonMeta({ start: 'empty', exercises: [{ ...exercise, checks: [{ ...check, vary: [{ sql: 'SELECT 1', file: 'a' }] }] }] }, 'x')).toThrow('a http_get check needs "vary" (variations)');
  });

  it('reads the other columns a row_exists check asks of the same row', () => {
    const check = { type: 'row_exists', project: 'p', table: 'django_admin_log', column: 'object_repr', value: 'Kabir', and: { action_flag: 1 } };
    expect(parseLessonMeta({ start: 'empty', exercises: [{ ...exercise, checks: [check] }] }, 'x').exercises[0]!.checks).toEqual([check]);
    for (const and of [{}, [], { action_flag: true }, 'action_flag']) {
      expect(() => parseLessonMeta({ start: 'empty', exercises: [{ ...exercise, checks: [{ ...check, and }] }] }, 'x')).toThrow('a row_exists check needs "and" (columns)');
    }
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
