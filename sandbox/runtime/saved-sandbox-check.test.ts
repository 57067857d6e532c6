import { describe, expect, it } from 'vitest';
import { savedSandboxProblem } from './saved-sandbox-check';

const good = () => ({
  files: { 'mysite/manage.py': new Uint8Array([35]) },
  folders: ['mysite', 'empty'],
  links: { 'env/bin/python': 'python3' },
  shell: { cwd: '/home/learner/mysite', variables: { VIRTUAL_ENV: '/home/learner/env' }, history: ['ls'], ran: [{ line: 'ls', status: 0 }] },
});

describe('a saved sandbox read back from storage', () => {
  it('opens when its shape is right, with or without the shell', () => {
    expect(savedSandboxProblem(good())).toBeNull();
    expect(savedSandboxProblem({ ...good(), shell: undefined })).toBeNull();
    expect(savedSandboxProblem({ ...good(), shell: { ...good().shell, ran: undefined } })).toBeNull();
  });

  it('is damaged when it is not a record', () => {
    for (const value of [null, 'text', 42, [good()]]) expect(savedSandboxProblem(value)).toBe('it is not a saved sandbox');
  });

  it('names what is damaged', () => {
    expect(savedSandboxProblem({ ...good(), files: { 'a.py': 'text, not bytes' } })).toBe('its files are damaged');
    expect(savedSandboxProblem({ ...good(), files: undefined })).toBe('its files are damaged');
    expect(savedSandboxProblem({ ...good(), folders: [1] })).toBe('its folder list is damaged');
    expect(savedSandboxProblem({ ...good(), links: { a: 1 } })).toBe('its links are damaged');
    expect(savedSandboxProblem({ ...good(), shell: { cwd: 3, variables: {}, history: [] } })).toBe("the shell's saved state is damaged");
    expect(savedSandboxProblem({ ...good(), shell: { ...good().shell, variables: { A: 1 } } })).toBe("the shell's variables are damaged");
    expect(savedSandboxProblem({ ...good(), shell: { ...good().shell, ran: [{ line: 'ls' }] } })).toBe("the shell's saved commands are damaged");
  });

  it('is damaged when a path leaves the home folder', () => {
    for (const path of ['../etc/passwd', '/etc/passwd', 'a/../../b', '']) {
      expect(savedSandboxProblem({ ...good(), files: { [path]: new Uint8Array() } })).toBe('it names a path outside the home folder');
    }
  });
});
