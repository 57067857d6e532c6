import { describe, expect, it } from 'vitest';
import { decideReload } from './reload-decision';

describe('decideReload', () => {
  it('leaves the editor alone when the file did not change', () => {
    expect(decideReload('a = 1\n', 'a = 1\n', 'a = 1\n')).toBe('same');
    expect(decideReload('a = 1\n', 'a = 1\n', 'a = 2\n')).toBe('same');
  });

  it('shows the new version when nothing is unsaved', () => {
    expect(decideReload('a = 2\n', 'a = 1\n', 'a = 1\n')).toBe('replace');
  });

  it('keeps unsaved edits over a changed file', () => {
    expect(decideReload('a = 2\n', 'a = 1\n', 'a = 3\n')).toBe('keep');
  });

  it('takes edits that match the new file as saved', () => {
    expect(decideReload('a = 2\n', 'a = 1\n', 'a = 2\n')).toBe('adopt');
  });
});
