import { PYTHON_LIB, type PythonInstall } from './installs';

/**
 * What pip answers on Ubuntu 23.04+ and Debian 12 when asked to install into the system's
 * Python (PEP 668): the distribution's EXTERNALLY-MANAGED file, framed by pip. The text is
 * Debian's (Ubuntu ships the same), with the README path of the sandbox's Python 3.12.
 */
export const EXTERNALLY_MANAGED = `error: externally-managed-environment

× This environment is externally managed
╰─> To install Python packages system-wide, try apt install
    python3-xyz, where xyz is the package you are trying to
    install.
    
    If you wish to install a non-Debian-packaged Python package,
    create a virtual environment using python3 -m venv path/to/venv.
    Then use path/to/venv/bin/python and path/to/venv/bin/pip. Make
    sure you have python3-full installed.
    
    If you wish to install a non-Debian packaged Python application,
    it may be easiest to use pipx install xyz, which will manage a
    virtual environment for you. Make sure you have pipx installed.
    
    See /usr/share/doc/${PYTHON_LIB}/README.venv for more information.

note: If you believe this is a mistake, please contact your Python installation or OS distribution provider. You can override this, at the risk of breaking your Python installation or OS, by passing --break-system-packages.
hint: See PEP 668 for the detailed specification.
`;

/** Whether pip refuses to change this Python: the system's, unless told to break it. */
export function refusesChanges(install: PythonInstall, args: readonly string[]): boolean {
  return install.venv === null && !args.includes('--break-system-packages');
}
