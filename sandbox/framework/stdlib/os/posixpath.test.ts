import { describe, expect, it } from 'vitest';
import { PathError, abspath, commonpath, expanduser, join, normpath, relpath, split, splitext } from './posixpath';

describe('posixpath', () => {
  it('joins, restarting at an absolute part', () => {
    expect(join('a', ['b', 'c'])).toBe('a/b/c');
    expect(join('/srv', ['site', '/abs', 'x'])).toBe('/abs/x');
    expect(join('a', [''])).toBe('a/');
  });
  it('splits and splits extensions as CPython does', () => {
    expect(split('/a/b/')).toEqual(['/a/b', '']);
    expect(split('//x')).toEqual(['//', 'x']);
    expect(splitext('.bashrc')).toEqual(['.bashrc', '']);
    expect(splitext('archive.tar.gz')).toEqual(['archive.tar', '.gz']);
  });
  it('normalizes, keeping a leading double slash and leading ..', () => {
    expect(normpath('a//b/./c/../d/')).toBe('a/b/d');
    expect(normpath('/x/../../y')).toBe('/y');
    expect(normpath('//a')).toBe('//a');
    expect(normpath('../a/..')).toBe('..');
    expect(normpath('')).toBe('.');
  });
  it('makes paths absolute and relative from a working folder', () => {
    expect(abspath('x/../y', '/home/u')).toBe('/home/u/y');
    expect(relpath('/a/x', '/a/b/c', '/')).toBe('../../x');
    expect(relpath('/a/b', '/a/b', '/')).toBe('.');
    expect(() => relpath('', '.', '/')).toThrow(PathError);
  });
  it('finds common paths and expands ~', () => {
    expect(commonpath(['/a/b/c', '/a/b/d'])).toBe('/a/b');
    expect(() => commonpath(['/a', 'b'])).toThrow("Can't mix absolute and relative paths");
    expect(expanduser('~/x', '/home/learner')).toBe('/home/learner/x');
    expect(expanduser('~other/x', '/home/learner')).toBe('~other/x');
  });
});
