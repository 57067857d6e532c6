import { describe, expect, it } from 'vitest';
import type { FileEntry } from '@/sandbox/runtime/runtime';
import { buildTree } from './build-tree';
import { treeKeyAction } from './tree-keys';
import { visibleRows } from './visible-rows';

const entries: FileEntry[] = [
  { path: 'mysite', kind: 'folder' },
  { path: 'mysite/settings.py', kind: 'file' },
  { path: 'mysite/urls.py', kind: 'file' },
  { path: 'polls', kind: 'folder' },
  { path: 'polls/views.py', kind: 'file' },
  { path: 'empty', kind: 'folder' },
  { path: 'manage.py', kind: 'file' },
];
const tree = buildTree(entries);
const open = new Set(['mysite', 'empty']);
const rows = visibleRows(tree, open);
const press = (current: string | null, key: string) => treeKeyAction(rows, current, key, open);

describe('visibleRows', () => {
  it('lists what open folders show, with ARIA levels and parents', () => {
    expect(rows.map((r) => `${r.level} ${r.node.path} <- ${r.parent ?? '~'}`)).toEqual([
      '1 empty <- ~',
      '1 mysite <- ~',
      '2 mysite/settings.py <- mysite',
      '2 mysite/urls.py <- mysite',
      '1 polls <- ~',
      '1 manage.py <- ~',
    ]);
  });
});

describe('treeKeyAction', () => {
  it('moves up and down through visible rows, stopping at the ends', () => {
    expect(press('mysite', 'ArrowDown')).toEqual({ type: 'focus', path: 'mysite/settings.py' });
    expect(press('mysite/urls.py', 'ArrowDown')).toEqual({ type: 'focus', path: 'polls' });
    expect(press('polls', 'ArrowUp')).toEqual({ type: 'focus', path: 'mysite/urls.py' });
    expect(press('manage.py', 'ArrowDown')).toBeNull();
    expect(press('empty', 'ArrowUp')).toBeNull();
    expect(press('polls', 'Home')).toEqual({ type: 'focus', path: 'empty' });
    expect(press('polls', 'End')).toEqual({ type: 'focus', path: 'manage.py' });
  });

  it('starts at the top or bottom when nothing has focus yet', () => {
    expect(press(null, 'ArrowDown')).toEqual({ type: 'focus', path: 'empty' });
    expect(press('gone.py', 'End')).toEqual({ type: 'focus', path: 'manage.py' });
    expect(press(null, 'Enter')).toBeNull();
  });

  it('opens a closed folder with Right, then goes into it', () => {
    expect(press('polls', 'ArrowRight')).toEqual({ type: 'expand', path: 'polls' });
    expect(press('mysite', 'ArrowRight')).toEqual({ type: 'focus', path: 'mysite/settings.py' });
    expect(press('empty', 'ArrowRight')).toBeNull();
    expect(press('manage.py', 'ArrowRight')).toBeNull();
  });

  it('closes an open folder with Left, otherwise goes to the parent', () => {
    expect(press('mysite', 'ArrowLeft')).toEqual({ type: 'collapse', path: 'mysite' });
    expect(press('mysite/urls.py', 'ArrowLeft')).toEqual({ type: 'focus', path: 'mysite' });
    expect(press('polls', 'ArrowLeft')).toBeNull();
  });

  it('activates with Enter or Space', () => {
    expect(press('manage.py', 'Enter')).toEqual({ type: 'activate', path: 'manage.py' });
    expect(press('polls', ' ')).toEqual({ type: 'activate', path: 'polls' });
  });

  it('jumps to the next name starting with a typed letter, wrapping around', () => {
    expect(press('empty', 'm')).toEqual({ type: 'focus', path: 'mysite' });
    expect(press('mysite', 'M')).toEqual({ type: 'focus', path: 'manage.py' });
    expect(press('manage.py', 'm')).toEqual({ type: 'focus', path: 'mysite' });
    expect(press('empty', 'z')).toBeNull();
    expect(press('empty', 'Tab')).toBeNull();
  });
});
