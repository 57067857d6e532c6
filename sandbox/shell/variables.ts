import path from 'node:path';

/** The sandbox's system Python and its tools live here; they are the shell's, not files. */
export const SYSTEM_BIN = '/usr/bin';

/** The environment a new terminal starts with, as a login shell on Ubuntu sets it. */
export function initialVariables(home: string): Record<string, string> {
  return {
    HOME: home,
    USER: path.basename(home),
    LOGNAME: path.basename(home),
    SHELL: '/bin/bash',
    // ~/.local/bin is where `pip install --user` puts django-admin; Ubuntu's ~/.profile adds it.
    PATH: `${home}/.local/bin:/usr/local/bin:${SYSTEM_BIN}:/bin`,
    LANG: 'C.UTF-8',
    TERM: 'xterm-256color',
  };
}
