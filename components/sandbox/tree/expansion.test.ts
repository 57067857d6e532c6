import { describe, expect, it } from 'vitest';
import type { FileEntry } from '@/sandbox/runtime/runtime';
import { buildTree } from './build-tree';
import { followListing, initialOpen, revealNew } from './expansion';

const file = (path: string): FileEntry => ({ path, kind: 'file' });
const folder = (path: string): FileEntry => ({ path, kind: 'folder' });
const sorted = (set: Set<string>) => [...set].sort();

const project = [folder('env'), file('env/pyvenv.cfg'), folder('env/lib'), folder('mysite'), folder('mysite/mysite'), file('mysite/mysite/settings.py'), file('mysite/manage.py')];

describe('initialOpen', () => {
  it('opens the top folders but not a venv, and the way to the open file', () => {
    expect(sorted(initialOpen(buildTree(project), null))).toEqual(['mysite']);
    expect(sorted(initialOpen(buildTree(project), 'mysite/mysite/settings.py'))).toEqual(['mysite', 'mysite/mysite']);
  });
});

describe('revealNew', () => {
  it('opens existing folders that received new entries, and keeps what was open', () => {
    const before = [...project, folder('mysite/polls'), folder('mysite/polls/migrations'), file('mysite/polls/migrations/__init__.py')];
    const after = [...before, file('mysite/polls/migrations/0001_initial.py')];
    expect(sorted(revealNew(new Set(['env']), before, after))).toEqual(['env', 'mysite', 'mysite/polls', 'mysite/polls/migrations']);
  });

  it('shows new folders closed', () => {
    const after = [...project, folder('mysite/polls'), folder('mysite/polls/migrations'), file('mysite/polls/migrations/__init__.py'), file('mysite/polls/models.py')];
    expect(sorted(revealNew(new Set(), project, after))).toEqual(['mysite']);
    expect(sorted(revealNew(new Set(), project, [...project, folder('blog')]))).toEqual([]);
  });

  it('knows folders a listing implies without listing them', () => {
    const before = [file('mysite/polls/models.py')];
    const after = [...before, file('mysite/polls/admin.py')];
    expect(sorted(revealNew(new Set(), before, after))).toEqual(['mysite', 'mysite/polls']);
  });

  it('does not open a venv or anything inside it for files pip wrote', () => {
    const after = [...project, folder('env/lib/python3.12'), file('env/lib/python3.12/site-packages/django/__init__.py')];
    expect(sorted(revealNew(new Set(), project, after))).toEqual([]);
  });

  it('ignores new bytecode caches', () => {
    const after = [...project, folder('mysite/mysite/__pycache__'), file('mysite/mysite/__pycache__/settings.cpython-312.pyc')];
    expect(sorted(revealNew(new Set(), project, after))).toEqual([]);
  });
});

describe('followListing', () => {
  it('treats a first listing as the initial state, later ones as news', () => {
    const tree = buildTree(project);
    expect(sorted(followListing(new Set(), [], project, tree, 'mysite/manage.py'))).toEqual(['mysite']);
    const after = [...project, file('mysite/mysite/urls.py')];
    expect(sorted(followListing(new Set(), project, after, buildTree(after), null))).toEqual(['mysite', 'mysite/mysite']);
  });
});
