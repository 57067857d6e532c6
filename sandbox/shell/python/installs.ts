import fs from 'node:fs';
import path from 'node:path';
import { SYSTEM_BIN } from '../variables';

export const PYTHON_VERSION = '3.12.3';
/** The folder under lib/ that a Python 3.12 environment keeps its packages in. */
export const PYTHON_LIB = 'python3.12';

/** Where one Python looks for packages and puts their scripts. */
export interface PythonInstall {
  /** The virtual environment's folder, or null for the system Python. */
  venv: string | null;
  sitePackages: string;
  /** Where installed packages' scripts (django-admin) go. */
  binDir: string;
}

/** The system Python: without root, pip installs into the user's site-packages (~/.local). */
export function systemInstall(home: string): PythonInstall {
  return { venv: null, sitePackages: `${home}/.local/lib/${PYTHON_LIB}/site-packages`, binDir: `${home}/.local/bin` };
}

export function venvInstall(venv: string): PythonInstall {
  return { venv, sitePackages: `${venv}/lib/${PYTHON_LIB}/site-packages`, binDir: `${venv}/bin` };
}

/** A folder is a virtual environment when it has the pyvenv.cfg that `python -m venv` writes. */
export function isVenv(dir: string): boolean {
  return fs.existsSync(`${dir}/pyvenv.cfg`);
}

/** The Python a program file belongs to: its virtual environment's, or the system's. */
export function installOf(file: string, home: string): PythonInstall {
  const bin = path.dirname(file);
  const venv = path.dirname(bin);
  if (bin !== SYSTEM_BIN && isVenv(venv)) return venvInstall(venv);
  return systemInstall(home);
}
