import { describe, expect, it } from 'vitest';
import type { FileEntry } from '@/sandbox/runtime/runtime';
import { buildTree, isHidden, venvFolders, type TreeNode } from './build-tree';

const file = (path: string): FileEntry => ({ path, kind: 'file' });
const folder = (path: string): FileEntry => ({ path, kind: 'folder' });

/** The tree as indented lines, folders marked with a slash: easy to read in a failure. */
function outline(nodes: TreeNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.name}${n.kind === 'folder' ? '/' : ''}${n.venv ? ' (venv)' : ''}`,
    ...outline(n.children, depth + 1),
  ]);
}

describe('buildTree', () => {
  it('nests a flat listing, folders first, then files in byte order like the terminal', () => {
    const entries = [
      file('manage.py'),
      folder('mysite'),
      file('mysite/urls.py'),
      file('mysite/__init__.py'),
      file('mysite/Settings.py'),
      file('db.sqlite3'),
      folder('polls'),
      folder('polls/migrations'),
      file('polls/migrations/0001_initial.py'),
      file('polls/admin.py'),
      file('README'),
    ];
    expect(outline(buildTree(entries))).toEqual([
      'mysite/',
      '  Settings.py',
      '  __init__.py',
      '  urls.py',
      'polls/',
      '  migrations/',
      '    0001_initial.py',
      '  admin.py',
      'README',
      'db.sqlite3',
      'manage.py',
    ]);
  });

  it('adds folders the listing implies but does not list', () => {
    const tree = buildTree([file('a/b/c.py')]);
    expect(outline(tree)).toEqual(['a/', '  b/', '    c.py']);
    expect(tree[0]?.children[0]?.path).toBe('a/b');
    expect(outline(buildTree([folder('a'), file('a/x.py'), file('a/x.py')]))).toEqual(['a/', '  x.py']);
  });

  it('leaves out bytecode caches', () => {
    const entries = [folder('polls'), folder('polls/__pycache__'), file('polls/__pycache__/models.cpython-312.pyc'), file('polls/models.py')];
    expect(outline(buildTree(entries))).toEqual(['polls/', '  models.py']);
  });

  it('marks a virtual environment by its pyvenv.cfg', () => {
    const entries = [folder('env'), folder('env/bin'), file('env/bin/activate'), file('env/pyvenv.cfg'), file('manage.py')];
    expect(outline(buildTree(entries))).toEqual(['env/ (venv)', '  bin/', '    activate', '  pyvenv.cfg', 'manage.py']);
  });
});

describe('isHidden and venvFolders', () => {
  it('hide anything inside __pycache__', () => {
    expect(isHidden('__pycache__')).toBe(true);
    expect(isHidden('polls/__pycache__/views.cpython-312.pyc')).toBe(true);
    expect(isHidden('polls/pycache.py')).toBe(false);
  });

  it('find venvs at any depth, and only by a file named pyvenv.cfg', () => {
    const found = venvFolders([file('env/pyvenv.cfg'), file('project/.venv/pyvenv.cfg'), folder('odd/pyvenv.cfg'), file('pyvenv.cfg')]);
    expect([...found].sort()).toEqual(['env', 'project/.venv']);
  });
});
