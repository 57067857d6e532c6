#!/usr/bin/env python3
"""Record real Django 5.2 through the official tutorial's part 5 as its page writes it, on top
of part 4's generic views: the bug found in `manage.py shell`, the first test failing, the fix,
more model tests, the test client typed at the shell's prompt, IndexView and DetailView given
their get_queryset and the view tests, `manage.py test polls` after each step. A second,
independently typed scenario (`held-out`) goes through parts 3-5 again with other questions,
another order, a view misspelt in urls.py and fixed, and tests failing on other assertions;
it exists to catch behaviour fitted to the first recording only.

    DJANGO_PYTHON=/work/tmp/venv52/bin/python python3 scripts/record-django/tutorial5.py

DJANGO_PYTHON is a Python 3.12 with Django 5.2 importable; the script re-runs itself under
it. Steps are command-steps.py's (`run`, `write`, `edit`, `delete`); a `run` step with
`typed` lines runs in a pseudo-terminal, each line typed after Python's prompt (`>>> ` or
`... `) and end of input after the last, and records what the terminal showed (`terminal`:
the echo of the typed lines, stdout and stderr as they came, line ends as `\\n`). The time
unittest prints (`Ran 3 tests in 0.004s`) is written `<time>`. It writes
sandbox/framework/__fixtures__/django52/tutorial5/<scenario>.json, which
sandbox/framework/test/tutorial5.test.ts replays through the sandbox.
"""
import fcntl
import os
import pty
import re
import select
import struct
import sys
import tempfile
import termios

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from recorder import clean_env, ensure_django_python, versions, write_json, load_sibling  # noqa: E402

command_steps = load_sibling('command-steps.py', 'command_steps')

cases = load_sibling('tutorial5-cases.py', 'tutorial5_cases')

TIME = re.compile(r'^(Ran \d+ tests? in )\d+\.\d+s$', re.M)
PROMPTS = (b'>>> ', b'... ')


def in_terminal(root, step):
    """Runs the step's command in a pseudo-terminal 200 columns wide, typing its lines at the prompts."""
    argv = [sys.executable, *step['run'][1:]]
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(os.path.join(root, step.get('cwd', '')))
        os.execve(argv[0], argv, clean_env(TERM='dumb'))
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', 50, 200, 0, 0))
    out = b''
    lines = list(step['typed'])
    while True:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            raise RuntimeError('no prompt came: %r' % out[-300:])
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        if out.endswith(PROMPTS):
            os.write(fd, (lines.pop(0) + '\n').encode() if lines else b'\x04')
    _, status = os.waitpid(pid, 0)
    text = out.decode().replace('\r\n', '\n')
    text = text.replace(os.path.realpath(root), '<root>').replace(root, '<root>')
    return {**step, 'status': os.waitstatus_to_exitcode(status), 'terminal': text}


def play(steps):
    records = []
    with tempfile.TemporaryDirectory(prefix='rec-t5-') as root:
        for step in steps:
            if 'typed' in step:
                records.append(in_terminal(root, step))
                continue
            if 'run' in step:
                record = command_steps.run(root, step)
                for stream in ('stdout', 'stderr'):
                    record[stream] = TIME.sub(r'\1<time>s', record[stream])
                records.append(record)
                continue
            # command_steps.play does the files' steps; one step at a time keeps the root.
            records.extend(command_steps.apply_file_step(root, step))
    return records


def main():
    ensure_django_python()
    for name, steps in cases.SCENARIOS.items():
        write_json('tutorial5', name + '.json', {**versions(), 'steps': play(steps)})


if __name__ == '__main__':
    main()
