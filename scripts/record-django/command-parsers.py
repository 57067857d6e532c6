#!/usr/bin/env python3
"""Record what Python 3.12's argparse and Django 5.2's management commands print.

The TypeScript argparse (sandbox/framework/stdlib/argparse) and the commands' parsers in
sandbox/framework/core/management/ are tested against these recordings, so they must come
from the real thing:

    DJANGO_PYTHON=.venv-django/bin/python python3 scripts/record-django/command-parsers.py [--oracle ../shared/oracle]

DJANGO_PYTHON is a Python 3.12 with Django 5.2 importable (that path is the default); the
script re-runs itself under it. It rewrites, under sandbox/framework/__fixtures__/django52/command-parsers/:

- argparse-cases.json: parsers described as data (the tests rebuild them with the
  TypeScript API), their format_help()/format_usage(), and for each argv the exit
  status, stdout, stderr and, on success, the parsed namespace.
- django-commands.json: `manage.py help <cmd>`, `--help`, `--version` and argument
  errors of a fresh `django-admin startproject demo`, run as subprocesses, plus the
  namespaces Django's own parsers produce for argument lists that parse.

With `--oracle DIR` (the real-Django oracle corpus, e.g. ../shared/oracle) it also copies the
oracle steps these parsers must reproduce into oracle-steps.json.

Everything is recorded the way a learner's pipe sees it: COLUMNS and LINES are removed
from the environment and stdout is a pipe, so argparse wraps at 80 - 2 = 78 columns.
"""
import argparse
import contextlib
import io
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from recorder import clean_env, ensure_django_python, write_json  # noqa: E402

TOPIC = 'command-parsers'

LOREM = (
    'Frobnicate the widgets of the given project, optionally in a dry run. '
    'Long descriptions are   collapsed\tand re-wrapped to the terminal width; '
    'this one is long enough to need three lines at seventy-eight columns.'
)

# Each parser is a list of operations replayed in order, so that set_defaults and
# mutually exclusive groups land where they would in real code. 'add' kwargs use
# argparse's names; 'type' is the name of a builtin ('int' or 'str').
PARSERS = [
    {
        'name': 'basic',
        'parser': {'prog': 'prog', 'description': LOREM},
        'ops': [
            {'op': 'add', 'flags': ['foo'], 'kwargs': {'help': 'the foo to frobnicate'}},
            {'op': 'add', 'flags': ['--bar'], 'kwargs': {'help': 'a bar value'}},
            {'op': 'add', 'flags': ['-b', '--baz'], 'kwargs': {'action': 'store_true', 'help': 'turn on baz'}},
            {'op': 'add', 'flags': ['-c'], 'kwargs': {'action': 'count', 'help': 'more c'}},
            {'op': 'add', 'flags': ['--app'], 'kwargs': {'action': 'append', 'help': 'collect values'}},
            {'op': 'add', 'flags': ['--const'], 'kwargs': {'action': 'store_const', 'const': 'K'}},
            {'op': 'add', 'flags': ['--no-thing'], 'kwargs': {'action': 'store_false', 'dest': 'thing', 'help': ''}},
            {'op': 'add', 'flags': ['-n', '--num'], 'kwargs': {'type': 'int', 'choices': [1, 2, 3], 'help': 'one of %(choices)s'}},
            {'op': 'add', 'flags': ['--lvl'], 'kwargs': {'type': 'int', 'default': '5', 'help': 'level (default: %(default)s)'}},
            {'op': 'add', 'flags': ['--pct'], 'kwargs': {'help': '100%% sure, dest=%(dest)s, prog=%(prog)s'}},
        ],
        'cases': [
            [], ['x'], ['x', '--bar', '1'], ['--bar=1', 'x'], ['x', '--bar='], ['x', '--ba', '1'],
            ['x', '--bar'], ['x', '-bcc'], ['x', '-c', '-c', '-b'], ['-cb', 'x'], ['x', '-bz'],
            ['x', '-cbz'], ['--num', '4', 'x'], ['--num', 'a', 'x'], ['--num', ' 2 ', 'x'],
            ['-n2', 'x'], ['-n=2', 'x'], ['--num=3', 'x'], ['--nu', '3', 'x'], ['x', 'y'],
            ['-h'], ['x', '--help'], ['x', '--he'], ['x', '--unknown'], ['x', '--baz=1'],
            ['--', '-x'], ['x', '--', '--bar'], ['x', '--app', 'a', '--app', 'b'],
            ['--const', 'x'], ['--no-thing', 'x'], ['x', '--lvl', '7'], ['x', '--lvl', 'seven'],
            ['-x', 'y'], ['x', '-a b'], ['-'], ['x', '-1'], ['--bar', '-1', 'x'],
            ['--bar', '--baz', 'x'], ['x', '--b', '1'], ['x', '-c', 'y'], ['x', '--num', '1_0'],
            ['x', '--num', '+1'], ['x', '--app'], ['-bx'], ['x', '-n'],
        ],
    },
    {
        'name': 'nargs',
        'parser': {'prog': 'nargs.py'},
        'ops': [
            {'op': 'add', 'flags': ['one'], 'kwargs': {}},
            {'op': 'add', 'flags': ['maybe'], 'kwargs': {'nargs': '?', 'default': 'dflt'}},
            {'op': 'add', 'flags': ['many'], 'kwargs': {'nargs': '*'}},
            {'op': 'add', 'flags': ['--opt'], 'kwargs': {'nargs': '?', 'const': 'C', 'default': 'D'}},
            {'op': 'add', 'flags': ['--star'], 'kwargs': {'nargs': '*'}},
            {'op': 'add', 'flags': ['--plus'], 'kwargs': {'nargs': '+', 'metavar': 'P'}},
            {'op': 'add', 'flags': ['--pair'], 'kwargs': {'nargs': 2, 'type': 'int'}},
            {'op': 'add', 'flags': ['--single'], 'kwargs': {'nargs': 1}},
        ],
        'cases': [
            [], ['a'], ['a', 'b'], ['a', 'b', 'c', 'd'], ['a', '--opt'], ['a', '--opt', 'v', 'w'],
            ['--opt', 'a', 'b'], ['a', '--star'], ['a', '--star', 'x', 'y'], ['a', '--plus'],
            ['a', '--plus', 'x', 'y', '--opt'], ['a', '--pair', '1'], ['a', '--pair', '1', '2'],
            ['a', '--pair', '1', 'x'], ['a', '--pair=1'], ['a', '--single', 's'], ['a', '--single=s'],
            ['a', 'b', '--opt', 'c', 'd'], ['a', '--', 'b', 'c'], ['a', '--', '--opt'],
            ['--', 'a', '--', 'b'], ['a', 'b', '--', 'c', '--', 'd'], ['a', '--star=x'],
            ['a', '--plus=x', 'y'], ['--star', 'a', 'b'], ['--opt=', 'a'], ['a', '--opt', '--', 'x'],
            ['-h'],
        ],
    },
    {
        'name': 'positional-shapes',
        'parser': {'prog': 'shapes'},
        'ops': [
            {'op': 'add', 'flags': ['plus'], 'kwargs': {'nargs': '+', 'help': 'one or more'}},
            {'op': 'add', 'flags': ['two'], 'kwargs': {'nargs': 2, 'metavar': 'T', 'help': 'exactly two'}},
            {'op': 'add', 'flags': ['--x'], 'kwargs': {'help': 'an option'}},
        ],
        'cases': [
            [], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd'], ['a', '--x', '1', 'b', 'c'],
            ['a', 'b', '--x', '1', 'c'], ['a', 'b', 'c', '--x', '1', 'd'],
        ],
    },
    {
        'name': 'migrate-like',
        'parser': {'prog': 'manage.py migrate', 'description': 'Positional quirks.'},
        'ops': [
            {'op': 'add', 'flags': ['app_label'], 'kwargs': {'nargs': '?', 'help': 'App label.'}},
            {'op': 'add', 'flags': ['migration_name'], 'kwargs': {'nargs': '?', 'help': 'Migration name.'}},
            {'op': 'add', 'flags': ['--fake'], 'kwargs': {'action': 'store_true'}},
            {'op': 'add', 'flags': ['--fake-initial'], 'kwargs': {'action': 'store_true'}},
            {'op': 'add', 'flags': ['--database'], 'kwargs': {'default': 'default'}},
        ],
        'cases': [
            [], ['home'], ['home', '0001'], ['home', '--fake', '0001'], ['--fake', 'home', '0001'],
            ['home', '0001', '--fake'], ['home', '0001', 'x'], ['--fak'], ['--fake-'],
            ['--database', 'other', 'home'], ['home', '--database'], ['--fake', '--fake-initial'],
        ],
    },
    {
        'name': 'mutex',
        'parser': {'prog': 'showmig', 'description': 'Mutually exclusive groups.'},
        'ops': [
            {'op': 'add', 'flags': ['app_label'], 'kwargs': {'nargs': '*', 'help': 'Apps.'}},
            {'op': 'group', 'required': False},
            {'op': 'add', 'group': 0, 'flags': ['--list', '-l'], 'kwargs': {'action': 'store_const', 'dest': 'format', 'const': 'list', 'help': 'List.'}},
            {'op': 'add', 'group': 0, 'flags': ['--plan', '-p'], 'kwargs': {'action': 'store_const', 'dest': 'format', 'const': 'plan', 'help': 'Plan.'}},
            {'op': 'set_defaults', 'values': {'format': 'list'}},
            {'op': 'group', 'required': True},
            {'op': 'add', 'group': 1, 'flags': ['--in'], 'kwargs': {'dest': 'src'}},
            {'op': 'add', 'group': 1, 'flags': ['--stdin'], 'kwargs': {'action': 'store_true'}},
        ],
        'cases': [
            [], ['--stdin'], ['--in', 'f', 'a', 'b'], ['--stdin', '--in', 'f'], ['--list', '--plan', '--stdin'],
            ['-p', '--stdin'], ['-l', '-l', '--stdin'], ['-lp', '--stdin'], ['-h'],
        ],
    },
    {
        'name': 'long-prog',
        'parser': {'prog': 'a-rather-long-program-name-that-eats-the-line subcommand-name'},
        'ops': [
            {'op': 'add', 'flags': ['source'], 'kwargs': {'help': 'Where from.'}},
            {'op': 'add', 'flags': ['destinations'], 'kwargs': {'nargs': '+', 'help': 'Where to.'}},
            {'op': 'add', 'flags': ['--alpha'], 'kwargs': {'action': 'store_true'}},
            {'op': 'add', 'flags': ['--beta-option-with-long-name'], 'kwargs': {'metavar': 'BETA_VALUE'}},
            {'op': 'add', 'flags': ['--gamma'], 'kwargs': {'choices': ['one', 'two', 'three']}},
            {'op': 'add', 'flags': ['--delta'], 'kwargs': {'required': True}},
        ],
        'cases': [[], ['s'], ['s', 'd', '--delta', '1'], ['--gamma', 'four', 's', 'd']],
    },
    {
        'name': 'long-prog-short-usage',
        'parser': {'prog': 'a-rather-long-program-name-that-eats-the-line subcommand'},
        'ops': [{'op': 'add', 'flags': ['--alpha'], 'kwargs': {'action': 'store_true'}}],
        'cases': [['--beta']],
    },
    {
        'name': 'positionals-only-wrap',
        'parser': {'prog': 'pos', 'add_help': False},
        'ops': [
            {'op': 'add', 'flags': [name], 'kwargs': {'nargs': '?', 'help': name}}
            for name in ['first_positional', 'second_positional', 'third_positional',
                         'fourth_positional', 'fifth_positional']
        ],
        'cases': [[], ['a', 'b', 'c', 'd', 'e', 'f']],
    },
    {
        'name': 'wrap-help',
        'parser': {'prog': 'wrap', 'description': 'Short.', 'epilog': 'Epilogue text, wrapped   like the description.'},
        'ops': [
            {'op': 'add', 'flags': ['choice'], 'kwargs': {'choices': ['rock', 'paper', 'scissors'], 'help': 'Your move.'}},
            {'op': 'add', 'flags': ['named'], 'kwargs': {'metavar': 'NAMED_THING', 'nargs': '?', 'help': 'Has a metavar.'}},
            {'op': 'add', 'flags': ['--exactly-twenty-ch'], 'kwargs': {'action': 'store_true', 'help': 'Fits beside its help.'}},
            {'op': 'add', 'flags': ['--exactly-twenty-two'], 'kwargs': {'action': 'store_true', 'help': 'Also fits: 22 columns.'}},
            {'op': 'add', 'flags': ['--exactly-twenty-three'], 'kwargs': {'action': 'store_true', 'help': 'Too long: 23 columns.'}},
            {'op': 'add', 'flags': ['--hyphens'], 'kwargs': {'help': 'A well-known, state-of-the-art, hyphen-separated sentence -- with an em--dash and self-referential co-operation of multi-word-hyphenated-compound-adjectives.'}},
            {'op': 'add', 'flags': ['--long-word'], 'kwargs': {'help': 'See https://docs.djangoproject.com/en/5.2/ref/django-admin/#django-admin-and-manage-py-reference-documentation-page for details.'}},
            {'op': 'add', 'flags': ['--hyphen-word'], 'kwargs': {'help': 'x ' + 'abc-' * 20 + 'end'}},
            {'op': 'add', 'flags': ['--blank-help'], 'kwargs': {'help': '   '}},
            {'op': 'add', 'flags': ['--no-help'], 'kwargs': {}},
            {'op': 'add', 'flags': ['--defaulted'], 'kwargs': {'default': ['py'], 'action': 'append', 'help': 'Default %(default)s, %(default)r; const %(const)s; nargs %(nargs)s; required %(required)s.'}},
            {'op': 'add', 'flags': ['-q', '--quiet', '--silent'], 'kwargs': {'action': 'store_true', 'help': 'Three spellings.'}},
            {'op': 'add', 'flags': ['-o', '--output'], 'kwargs': {'metavar': 'FILE', 'help': 'Two spellings with a metavar.'}},
            {'op': 'add', 'flags': ['--num'], 'kwargs': {'type': 'int', 'choices': [0, 1, 2, 3], 'default': 1, 'help': 'Numbers %(choices)s.'}},
            {'op': 'add', 'flags': ['--tab'], 'kwargs': {'help': 'Tabs\tand\nnewlines\r\nbecome spaces.'}},
        ],
        'cases': [
            [], ['lizard'], ['rock', '--num', '4'], ['rock', '--num', '3'], ['rock', '--defaulted', 'js'],
            ['rock', '--exactly'], ['rock', '-qo', 'f.txt'], ['rock', '-o'],
        ],
    },
    {
        'name': 'show-last',
        'parser': {'prog': 'manage.py frob', 'description': 'Django-style ordering.', 'show_last': ['--version', '--verbosity', '--skip-checks']},
        'ops': [
            {'op': 'add', 'flags': ['--version'], 'kwargs': {'action': 'version', 'version': '%(prog)s 5.2.8'}},
            {'op': 'add', 'flags': ['-v', '--verbosity'], 'kwargs': {'default': 1, 'type': 'int', 'choices': [0, 1, 2, 3], 'help': 'Verbosity level.'}},
            {'op': 'add', 'flags': ['--skip-checks'], 'kwargs': {'action': 'store_true', 'help': 'Skip system checks.'}},
            {'op': 'add', 'flags': ['target'], 'kwargs': {'help': 'The target.'}},
            {'op': 'add', 'flags': ['--first'], 'kwargs': {'action': 'store_true', 'help': 'Added after the common options.'}},
            {'op': 'add', 'flags': ['--second'], 'kwargs': {'help': 'Also after.'}},
        ],
        'cases': [[], ['--version'], ['t', '--version', '--bogus'], ['t', '-v', '7'], ['t', '-v', 'x'], ['t', '-v2'], ['t', '-vv'], ['t', '--verb=0'], ['-h']],
    },
    {
        'name': 'parser-version',
        'parser': {'prog': 'ver', 'version': 'ver    version\n1.0  with a long version string that goes on and on past the seventy-eighth column'},
        'ops': [{'op': 'add', 'flags': ['-V'], 'kwargs': {'action': 'version'}}],
        'cases': [['-V'], ['-V', 'extra'], ['extra', '-V']],
    },
    {
        'name': 'missing-args',
        'parser': {'prog': 'django-admin startproject', 'missing_args_message': 'You must provide a project name.'},
        'ops': [
            {'op': 'add', 'flags': ['name'], 'kwargs': {'help': 'Name of the application or project.'}},
            {'op': 'add', 'flags': ['directory'], 'kwargs': {'nargs': '?', 'help': 'Optional destination directory'}},
            {'op': 'add', 'flags': ['-v', '--verbosity'], 'kwargs': {'type': 'int', 'default': 1}},
        ],
        'cases': [[], ['-v', '2'], ['--', 'x'], ['site'], ['site', 'dir', 'extra']],
    },
    {
        'name': 'negative-numbers',
        'parser': {'prog': 'neg'},
        'ops': [
            {'op': 'add', 'flags': ['values'], 'kwargs': {'nargs': '*', 'type': 'int'}},
            {'op': 'add', 'flags': ['--offset'], 'kwargs': {'type': 'int'}},
        ],
        'cases': [['-1', '-2'], ['--offset', '-5', '3'], ['-1.5'], ['-x'], ['1', '-', '2'], ['--offset', '-', '1']],
    },
    {
        'name': 'negative-number-option',
        'parser': {'prog': 'negopt'},
        'ops': [
            {'op': 'add', 'flags': ['-1'], 'kwargs': {'action': 'store_true', 'dest': 'one'}},
            {'op': 'add', 'flags': ['value'], 'kwargs': {'nargs': '?'}},
        ],
        'cases': [['-1'], ['-2'], ['x', '-1'], ['-5', 'x']],
    },
    {
        'name': 'single-dash-long',
        'parser': {'prog': 'sdl'},
        'ops': [
            {'op': 'add', 'flags': ['-foo'], 'kwargs': {}},
            {'op': 'add', 'flags': ['-f'], 'kwargs': {'action': 'store_true'}},
            {'op': 'add', 'flags': ['-fizz'], 'kwargs': {'action': 'store_true'}},
        ],
        'cases': [['-foo', '1'], ['-fo', '1'], ['-f'], ['-fi'], ['-foo=2'], ['-fx'], ['-fizz'], ['-foox']],
    },
    {
        'name': 'star-choices',
        'parser': {'prog': 'stars'},
        'ops': [
            {'op': 'add', 'flags': ['level'], 'kwargs': {'nargs': '*', 'choices': ['a', 'b']}},
            {'op': 'add', 'flags': ['--pick'], 'kwargs': {'nargs': '?', 'choices': ['x', 'y'], 'const': 'z'}},
        ],
        'cases': [[], ['a', 'b'], ['a', 'c'], ['a', '--pick'], ['a', '--pick', 'x']],
    },
    {
        'name': 'utility',
        'parser': {'prog': 'manage.py', 'usage': '%(prog)s subcommand [options] [args]', 'add_help': False, 'allow_abbrev': False},
        'mode': 'known',
        'ops': [
            {'op': 'add', 'flags': ['--settings'], 'kwargs': {}},
            {'op': 'add', 'flags': ['--pythonpath'], 'kwargs': {}},
            {'op': 'add', 'flags': ['args'], 'kwargs': {'nargs': '*'}},
        ],
        'cases': [
            ['migrate', '--fake', 'home'], ['--settings=x.y', 'check'], ['--set', 'x', 'check'],
            ['check', '--pythonpath', '/tmp', '-v', '2'], ['--settings'], [],
        ],
    },
    {
        # A terminal 40 columns wide (COLUMNS=40 for this parser only): argparse wraps at 38.
        'name': 'narrow-terminal',
        'parser': {'prog': 'p', 'columns': 40, 'description': 'The same wrapping rules at a width of thirty-eight columns.'},
        'ops': [
            {'op': 'add', 'flags': ['--alpha'], 'kwargs': {'help': 'The first letter of the Greek alphabet, used widely.'}},
            {'op': 'add', 'flags': ['-b', '--bravo-charlie'], 'kwargs': {'choices': ['delta', 'echo'], 'help': 'NATO.'}},
            {'op': 'add', 'flags': ['words'], 'kwargs': {'nargs': '+'}},
        ],
        'cases': [[], ['w', '-b', 'x']],
    },
    {
        'name': 'required-optionals',
        'parser': {'prog': 'req', 'description': ''},
        'ops': [
            {'op': 'add', 'flags': ['--must'], 'kwargs': {'required': True, 'help': 'Required option.'}},
            {'op': 'add', 'flags': ['--also', '-a'], 'kwargs': {'required': True, 'action': 'store_true'}},
            {'op': 'add', 'flags': ['pos'], 'kwargs': {}},
        ],
        'cases': [[], ['p'], ['--must', 'm', 'p'], ['-a', '--must=1', 'p']],
    },
]


def build_parser(spec):
    """Build a real argparse parser (Django's CommandParser when the spec asks for it)."""
    from django.core.management.base import CommandParser, DjangoHelpFormatter

    options = spec['parser']
    kwargs = {'prog': options['prog']}
    for key in ('description', 'epilog', 'usage', 'add_help', 'allow_abbrev'):
        if key in options:
            kwargs[key] = options[key]
    if 'show_last' in options:
        kwargs['formatter_class'] = type('Formatter', (DjangoHelpFormatter,), {'show_last': set(options['show_last'])})
    if 'missing_args_message' in options:
        parser = CommandParser(missing_args_message=options['missing_args_message'], called_from_command_line=True, **kwargs)
    else:
        parser = argparse.ArgumentParser(**kwargs)
    if 'version' in options:
        parser.version = options['version']

    groups = []
    for op in spec['ops']:
        if op['op'] == 'group':
            groups.append(parser.add_mutually_exclusive_group(required=op['required']))
        elif op['op'] == 'set_defaults':
            parser.set_defaults(**op['values'])
        else:
            add_kwargs = dict(op['kwargs'])
            if 'type' in add_kwargs:
                add_kwargs['type'] = {'int': int, 'str': str}[add_kwargs['type']]
            target = groups[op['group']] if 'group' in op else parser
            target.add_argument(*op['flags'], **add_kwargs)
    return parser


def run_case(parser, argv, mode):
    out, err = io.StringIO(), io.StringIO()
    result = {'argv': argv}
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            if mode == 'known':
                namespace, extras = parser.parse_known_args(argv)
                result['extras'] = extras
            else:
                namespace = parser.parse_args(argv)
            result['namespace'] = vars(namespace)
            result['status'] = None
        except SystemExit as exit:
            result['status'] = exit.code if exit.code is not None else 0
    result['stdout'] = out.getvalue()
    result['stderr'] = err.getvalue()
    return result


def emit_argparse():
    records = []
    for spec in PARSERS:
        # argparse reads COLUMNS each time it formats; the parent process removed it.
        if 'columns' in spec['parser']:
            os.environ['COLUMNS'] = str(spec['parser']['columns'])
        else:
            os.environ.pop('COLUMNS', None)
        parser = build_parser(spec)
        records.append({
            'name': spec['name'],
            'parser': spec['parser'],
            'mode': spec.get('mode', 'parse'),
            'ops': spec['ops'],
            'help': parser.format_help(),
            'usage': parser.format_usage(),
            'cases': [run_case(build_parser(spec), argv, spec.get('mode')) for argv in spec['cases']],
        })
    json.dump(records, sys.stdout)


# Argument lists that parse: the namespace Django's own parser makes of them.
DJANGO_PARSES = [
    ('makemigrations', []), ('makemigrations', ['home', 'blog', '--dry-run', '-n', 'initial', '--noinput']),
    ('makemigrations', ['--no-header', '--check', '--empty', '--merge', '-v', '2']),
    ('migrate', []), ('migrate', ['home']), ('migrate', ['home', 'zero', '--fake']),
    ('migrate', ['--fake-initial', '--plan', '--run-syncdb', '--check', '--no-input', '--database', 'default']),
    ('migrate', ['--prune']),
    ('migrate', ['home', '0001', '--skip-checks', '--settings', 'demo.settings', '--pythonpath', '.', '--traceback', '--no-color', '--force-color']),
    ('migrate', ['--fake-i']), ('migrate', ['--verbosity=0']), ('migrate', ['-v3']),
    ('showmigrations', []), ('showmigrations', ['home', 'blog', '--plan']), ('showmigrations', ['-l', '--database', 'default']),
    ('sqlmigrate', ['home', '0001']), ('sqlmigrate', ['home', '0001', '--backwards', '--database', 'default']),
    ('runserver', []), ('runserver', ['8080']), ('runserver', ['0.0.0.0:8000', '--noreload', '--nothreading', '-6']),
    ('shell', []), ('shell', ['-c', 'print(1)', '-i', 'python', '--no-startup']),
    ('createsuperuser', []), ('createsuperuser', ['--username', 'admin', '--email', 'a@b.c', '--noinput', '--database', 'default']),
    ('check', []), ('check', ['home', '--tag', 'models', '-t', 'urls', '--deploy', '--fail-level', 'WARNING', '--database', 'default']),
    ('startapp', ['blog']), ('startapp', ['blog', 'dir', '-e', 'txt', '--name', 'a,b', '--template', 't']),
    ('startproject', ['site']), ('startproject', ['site', '-x', 'a', '--exclude', 'b', '--template', 't']),
    ('makemigrations', ['--scriptable', '--update']),
]


def emit_django_namespaces():
    import django
    from django.core.management import get_commands, load_command_class

    django.setup()
    commands = get_commands()
    records = []
    for name, argv in DJANGO_PARSES:
        command = load_command_class(commands[name], name)
        command._called_from_command_line = True
        prog = 'django-admin' if name == 'startproject' else 'manage.py'
        namespace = command.create_parser(prog, name).parse_args(argv)
        records.append({'command': name, 'argv': argv, 'namespace': vars(namespace)})
    json.dump({'version': django.get_version(), 'parses': records}, sys.stdout)


# Whole command lines, run as a learner would run them. None of these gets as far as
# handle(): each prints help, a version or an argument error.
MANAGE = 'manage.py'
DJANGO_ADMIN = 'django-admin'
DJANGO_RUNS = (
    [(MANAGE, ['help', name]) for name in [
        'makemigrations', 'migrate', 'showmigrations', 'sqlmigrate', 'runserver', 'shell',
        'createsuperuser', 'check', 'startapp',
    ]]
    + [(DJANGO_ADMIN, ['help', 'startproject'])]
    + [
        (MANAGE, ['migrate', '--help']),
        (MANAGE, ['makemigrations', '-h']),
        (MANAGE, ['makemigrations', '--version']),
        (MANAGE, ['migrate', 'home', '--fake', '0001']),
        (MANAGE, ['migrate', '-v', '7']),
        (MANAGE, ['migrate', '-v', 'x']),
        (MANAGE, ['migrate', '--bogus']),
        (MANAGE, ['migrate', '--fak']),
        (MANAGE, ['migrate', '--database']),
        (MANAGE, ['migrate', '--fake=1']),
        (MANAGE, ['migrate', 'a', 'b', 'c']),
        (MANAGE, ['makemigrations', '--nam', 'x', '--bogus']),
        (MANAGE, ['showmigrations', '--list', '--plan']),
        (MANAGE, ['sqlmigrate']),
        (MANAGE, ['sqlmigrate', 'home']),
        (MANAGE, ['runserver', '8000', '9000']),
        (MANAGE, ['shell', '-i', 'ruby']),
        (MANAGE, ['createsuperuser', '--usernam']),
        (MANAGE, ['check', '--fail-level', 'LOUD']),
        (MANAGE, ['startapp']),
        (MANAGE, ['startapp', '-v', '2']),
        (DJANGO_ADMIN, ['startproject']),
        (DJANGO_ADMIN, ['startproject', '--template', 'x']),
        (DJANGO_ADMIN, ['startproject', 'a', 'b', 'c']),
        (MANAGE, ['migrate', '--database', 'other']),
        (MANAGE, ['showmigrations', '--database', 'x']),
        (MANAGE, ['makemigrations', '--scriptable', '--bogus']),
        (MANAGE, ['startapp', '--exclude']),
        (DJANGO_ADMIN, ['startproject', '--exclude']),
        (DJANGO_ADMIN, ['startproject', '--version']),
    ]
)

ADMIN_SHIM = 'import sys; sys.argv[0] = "django-admin"; from django.core.management import execute_from_command_line; execute_from_command_line()'


def run_child(flag, cwd=None, **env):
    completed = subprocess.run(
        [sys.executable, os.path.abspath(__file__), flag], cwd=cwd, env=clean_env(**env),
        stdout=subprocess.PIPE, check=True, text=True,
    )
    return json.loads(completed.stdout)


def run_django(project_dir, prog, args):
    if prog == MANAGE:
        argv = [sys.executable, 'manage.py', *args]
    else:
        argv = [sys.executable, '-c', ADMIN_SHIM, *args]
    completed = subprocess.run(
        argv, cwd=project_dir, env=clean_env(), stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    return {
        'command': ' '.join([prog, *args]),
        'prog': prog,
        'args': args,
        'status': completed.returncode,
        'stdout': completed.stdout,
        'stderr': completed.stderr,
    }


def write(name, data):
    write_json(TOPIC, name, data)


# (scenario, step) pairs of the oracle corpus whose output comes from argparse alone.
ORACLE_STEPS = [('01-startproject', 8), ('06-commands-and-errors', 18), ('06-commands-and-errors', 19)]


def copy_oracle_steps(oracle_dir):
    steps = []
    for scenario, n in ORACLE_STEPS:
        with open(os.path.join(oracle_dir, 'scenarios', scenario, 'scenario.json')) as f:
            step = next(s for s in json.load(f)['steps'] if s.get('n') == n)
        steps.append({
            'scenario': scenario, 'n': n, 'command': step['command'],
            'exit_code': step['exit_code'], 'stdout': step['stdout'], 'stderr': step['stderr'],
        })
    write('oracle-steps.json', steps)


def main():
    ensure_django_python()

    options = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    options.add_argument('--oracle', metavar='DIR', help='also copy the steps of the oracle corpus in DIR')
    args = options.parse_args()

    write('argparse-cases.json', {'python': sys.version.split()[0], 'parsers': run_child('--emit-argparse')})

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, '-c', ADMIN_SHIM, 'startproject', 'demo'], cwd=tmp, env=clean_env(), check=True)
        project_dir = os.path.join(tmp, 'demo')
        namespaces = run_child('--emit-django-namespaces', cwd=project_dir, PYTHONPATH=project_dir, DJANGO_SETTINGS_MODULE='demo.settings')
        runs = [run_django(project_dir, prog, args) for prog, args in DJANGO_RUNS]
    write('django-commands.json', {
        'python': sys.version.split()[0],
        'django': namespaces['version'],
        'runs': runs,
        'parses': namespaces['parses'],
    })
    if args.oracle:
        copy_oracle_steps(args.oracle)


if __name__ == '__main__':
    if sys.argv[1:] == ['--emit-argparse']:
        emit_argparse()
    elif sys.argv[1:] == ['--emit-django-namespaces']:
        emit_django_namespaces()
    else:
        main()
