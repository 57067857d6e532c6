"""What the recorders under scripts/record-django/ share.

Each recorder runs under real Django 5.2 on Python 3.12. The interpreter comes from the
DJANGO_PYTHON environment variable (default: .venv-django/bin/python in the repository, a virtual
environment made with `python3.12 -m venv .venv-django && .venv-django/bin/pip install
'django>=5.2,<5.3'`); a recorder started with another Python re-runs
itself under that one. The recordings go under sandbox/framework/__fixtures__/django52/.
"""
import json
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
FIXTURES = os.path.join(ROOT, 'sandbox', 'framework', '__fixtures__', 'django52')
DEFAULT_PYTHON = os.path.join(ROOT, '.venv-django', 'bin', 'python')


def load_sibling(file_name, module_name):
    """A module beside this one whose file name has a dash (command-steps.py), which `import` cannot name."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(module_name, os.path.join(os.path.dirname(os.path.abspath(__file__)), file_name))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def django_python():
    return os.environ.get('DJANGO_PYTHON') or DEFAULT_PYTHON


def ensure_django_python():
    """Re-run the calling script under DJANGO_PYTHON unless this already is it, then check versions."""
    wanted = django_python()
    # abspath, not realpath: a venv's python is a link to the base interpreter, which lacks Django.
    if os.path.abspath(sys.executable) != os.path.abspath(wanted) and os.environ.get('_RECORDER_REEXEC') != '1':
        if not os.path.exists(wanted):
            sys.exit('DJANGO_PYTHON=%s does not exist: point it at a Python 3.12 with Django 5.2' % wanted)
        os.environ['_RECORDER_REEXEC'] = '1'
        os.execv(wanted, [wanted, *sys.argv])
    try:
        import django
    except ImportError:
        sys.exit('Django is not importable from %s' % sys.executable)
    if sys.version_info[:2] != (3, 12) or django.VERSION[:2] != (5, 2):
        sys.exit('needs Python 3.12 and Django 5.2, found %s and %s' % (sys.version.split()[0], django.get_version()))


def versions():
    import django
    return {'python': sys.version.split()[0], 'django': django.get_version()}


def clean_env(**extra):
    """The environment a learner's pipe gives: no COLUMNS/LINES, no settings module."""
    env = {k: v for k, v in os.environ.items() if k not in ('COLUMNS', 'LINES', 'DJANGO_SETTINGS_MODULE', '_RECORDER_REEXEC')}
    env.update(extra)
    return env


def write_json(topic, name, data):
    directory = os.path.join(FIXTURES, topic)
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, name)
    with open(path, 'w') as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print('wrote', os.path.relpath(path, ROOT))
