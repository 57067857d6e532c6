import { describe, expect, it } from 'vitest';
import { ancestors, baseName, isWithin, joinPath, parentOf, renamedPath } from './paths';

describe('tree paths', () => {
  it('split a path into folder and name', () => {
    expect(baseName('mysite/polls/views.py')).toBe('views.py');
    expect(baseName('manage.py')).toBe('manage.py');
    expect(parentOf('mysite/polls/views.py')).toBe('mysite/polls');
    expect(parentOf('manage.py')).toBeNull();
    expect(joinPath(null, 'manage.py')).toBe('manage.py');
    expect(joinPath('mysite', 'urls.py')).toBe('mysite/urls.py');
  });

  it('list the folders above a path, outermost first', () => {
    expect(ancestors('a/b/c.py')).toEqual(['a', 'a/b']);
    expect(ancestors('c.py')).toEqual([]);
  });

  it('tell a folder from a name that merely starts the same', () => {
    expect(isWithin('polls/views.py', 'polls')).toBe(true);
    expect(isWithin('polls', 'polls')).toBe(true);
    expect(isWithin('polls2/views.py', 'polls')).toBe(false);
  });

  it('follow a rename of the file or of a folder above it', () => {
    expect(renamedPath('polls/views.py', 'polls/views.py', 'polls/pages.py')).toBe('polls/pages.py');
    expect(renamedPath('polls/views.py', 'polls', 'quiz')).toBe('quiz/views.py');
    expect(renamedPath('polls2/views.py', 'polls', 'quiz')).toBeNull();
  });
});
