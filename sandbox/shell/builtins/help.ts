import type { Invocation } from '../resolve';

/** What the sandbox's terminal can do, a line each. */
const HELP = `This terminal runs a bash-like shell with a miniature Python and Django.

Files and folders
  ls [-a] [-l] [PATH]         list a folder
  tree [-a] [-L N] [PATH]     draw a folder and everything in it
  cd [PATH] / pwd             change / show the current folder
  cat FILE                    show a file
  mkdir [-p] DIR              make a folder
  touch FILE                  make an empty file
  cp [-r] FROM TO / mv FROM TO  copy / move or rename
  rm [-r] [-f] PATH           delete (there is no undo)

Python and virtual environments
  python3 --version           the sandbox's Python
  python3 -m venv env         make a virtual environment in ./env
  source env/bin/activate     use it (the prompt shows (env)); deactivate to leave
  pip install PKG[==VER]      install a package (django, djangorestframework, ...)
  pip install -r FILE         install what a requirements file lists
  pip list / pip freeze / pip show PKG / pip uninstall PKG
  pipenv install PKG          Pipfile, Pipfile.lock and an environment of their own
  pipenv shell / pipenv run CMD / pipenv --venv

Django
  django-admin startproject NAME   (needs Django installed in the active environment)
  python manage.py COMMAND         startapp, makemigrations, migrate, showmigrations,
                                   sqlmigrate, runserver, shell, createsuperuser, check

The shell
  echo, which, history, clear, export NAME=VALUE, env, exit
  &&, ||, ; between commands; > and >> to write output to a file; $? and $NAME
  Tab completes, Up/Down walk the history, Ctrl+C stops a command, Ctrl+L clears
`;

export function help(inv: Invocation): number {
  inv.io.stdout(HELP);
  return 0;
}
