import { describe, expect, it } from 'vitest';
import type { FileEntry } from '@/sandbox/runtime/runtime';
import { checkName, cleanName, missingFolders } from './names';

const entries: FileEntry[] = [
  { path: 'manage.py', kind: 'file' },
  { path: 'polls', kind: 'folder' },
  { path: 'polls/views.py', kind: 'file' },
  { path: 'polls/templates', kind: 'folder' },
];
const inRoot = { folder: null, entries };
const inPolls = { folder: 'polls', entries };

describe('checkName', () => {
  it('accepts a new name, nested folders included', () => {
    expect(checkName('urls.py', inPolls)).toBeNull();
    expect(checkName('templates/polls/index.html', inPolls)).toBeNull();
    expect(checkName('  models.py ', inPolls)).toBeNull();
  });

  it('asks for a name when there is none', () => {
    expect(checkName('', inRoot)).toBe('empty');
    expect(checkName('   ', inRoot)).toBe('empty');
  });

  it('refuses a slash at either end', () => {
    expect(checkName('/etc', inRoot)).toBe('slash-ends');
    expect(checkName('templates/', inPolls)).toBe('slash-ends');
  });

  it('refuses empty, . and .. parts', () => {
    expect(checkName('a//b.py', inRoot)).toBe('bad-part');
    expect(checkName('..', inPolls)).toBe('bad-part');
    expect(checkName('./x.py', inRoot)).toBe('bad-part');
    expect(checkName('../x.py', inPolls)).toBe('bad-part');
  });

  it('refuses a name that exists in that folder, or is under a file', () => {
    expect(checkName('views.py', inPolls)).toBe('exists');
    expect(checkName('templates', inPolls)).toBe('exists');
    expect(checkName('views.py', inRoot)).toBeNull();
    expect(checkName('manage.py/x', inRoot)).toBe('under-a-file');
  });

  it('lets a rename keep its own name but not move a folder into itself', () => {
    expect(checkName('views.py', { ...inPolls, from: 'polls/views.py' })).toBeNull();
    expect(checkName('manage.py', { ...inPolls, from: 'polls/views.py' })).toBeNull();
    expect(checkName('polls/old', { ...inRoot, from: 'polls' })).toBe('inside-itself');
    expect(checkName('polls2', { ...inRoot, from: 'polls' })).toBeNull();
  });
});

describe('cleanName and missingFolders', () => {
  it('trim the name and list folders to create first', () => {
    expect(cleanName(' a.py\t')).toBe('a.py');
    expect(missingFolders('polls/templates/polls/index.html', entries)).toEqual(['polls/templates/polls']);
    expect(missingFolders('quiz/static/style.css', entries)).toEqual(['quiz', 'quiz/static']);
    expect(missingFolders('manage2.py', entries)).toEqual([]);
  });
});
