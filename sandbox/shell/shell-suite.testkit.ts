import { describe, expect, test } from 'vitest';

/** One command's result, as a terminal would show it. */
export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * A shell running somewhere: the source on a real disk, or a built bundle on an in-memory
 * filesystem. The same cases run against each, so both entry points behave alike.
 */
export interface ShellSession {
  home: string;
  /** Runs one line; `input` answers the questions the command asks. */
  run(line: string, input?: string[]): Promise<RunResult>;
  prompt(): Promise<string>;
  readFile(path: string): Promise<string | null>;
  complete(line: string): Promise<string[]>;
}

const stripColour = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Runs lines one after the other and fails at the first unexpected status. */
async function script(session: ShellSession, lines: string[]): Promise<RunResult[]> {
  const results: RunResult[] = [];
  for (const line of lines) {
    const result = await session.run(line);
    if (result.status !== 0) throw new Error(`"${line}" ended with ${result.status}: ${result.stderr}`);
    results.push(result);
  }
  return results;
}

export function shellSuite(name: string, open: () => Promise<ShellSession>) {
  describe(`${name}: command lines`, () => {
    test('quotes, variables, $? and &&, ||, ;', async () => {
      const s = await open();
      expect((await s.run(`echo "a  b" 'c $HOME' $HOME \\$x`)).stdout).toBe(`a  b c $HOME ${s.home} $x\n`);
      expect((await s.run('false; echo $?')).stdout).toBe('1\n');
      expect((await s.run('true && echo yes || echo no')).stdout).toBe('yes\n');
      expect((await s.run('false && echo yes || echo no')).stdout).toBe('no\n');
      expect((await s.run('GREETING=namaste; echo $GREETING ${GREETING}ji')).stdout).toBe('namaste namasteji\n');
      expect((await s.run('export NAME=asha && echo $NAME')).stdout).toBe('asha\n');
      const bad = await s.run('echo "unclosed');
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('unexpected EOF');
      expect((await s.run('&& ls')).stderr).toBe("bash: syntax error near unexpected token `&&'\n");
      expect((await s.run('ls | cat')).stderr).toContain('pipes (|) are not part of the sandbox shell');
    });

    test('redirection: >, >>, 2> and 2>&1', async () => {
      const s = await open();
      await script(s, ['echo one > notes.txt', 'echo two >> notes.txt']);
      expect(await s.readFile('notes.txt')).toBe('one\ntwo\n');
      await s.run('cat missing.txt 2> errors.txt');
      expect(await s.readFile('errors.txt')).toBe('cat: missing.txt: No such file or directory\n');
      const both = await s.run('cat notes.txt missing.txt > all.txt 2>&1');
      expect(both.status).toBe(1);
      expect(await s.readFile('all.txt')).toBe('one\ntwo\ncat: missing.txt: No such file or directory\n');
      expect((await s.run('echo x > nowhere/file.txt')).stderr).toBe('bash: nowhere/file.txt: No such file or directory\n');
    });

    test('unknown commands, and python before a virtual environment exists', async () => {
      const s = await open();
      const r = await s.run('foo');
      expect(r).toEqual({ status: 127, stdout: '', stderr: 'bash: foo: command not found\n' });
      expect((await s.run('python manage.py runserver')).stderr).toContain("Command 'python' not found, did you mean:");
      expect((await s.run('python3 --version')).stdout).toBe('Python 3.12.3\n');
      expect((await s.run('./nothing.sh')).stderr).toBe('bash: ./nothing.sh: No such file or directory\n');
    });
  });

  describe(`${name}: builtins`, () => {
    test('mkdir -p, cd, pwd, cd -, and their errors', async () => {
      const s = await open();
      await script(s, ['mkdir -p a/b/c', 'cd a/b']);
      expect((await s.run('pwd')).stdout).toBe(`${s.home}/a/b\n`);
      expect(await s.prompt()).toBe('~/a/b $ ');
      expect((await s.run('cd -')).stdout).toBe(`${s.home}\n`);
      expect((await s.run('cd nowhere')).stderr).toBe('bash: cd: nowhere: No such file or directory\n');
      expect((await s.run('mkdir a')).stderr).toBe('mkdir: cannot create directory ‘a’: File exists\n');
      expect((await s.run('mkdir x/y')).stderr).toBe('mkdir: cannot create directory ‘x/y’: No such file or directory\n');
      await script(s, ['cd', 'cd a/b/c', 'cd ~']);
      expect((await s.run('pwd')).stdout).toBe(`${s.home}\n`);
    });

    test('ls: columns at a terminal, -a, -l, errors', async () => {
      const s = await open();
      await script(s, ['mkdir proj', 'cd proj', 'touch manage.py db.sqlite3 .env', 'mkdir mysite']);
      expect(stripColour((await s.run('ls')).stdout)).toBe('db.sqlite3  manage.py  mysite\n');
      expect(stripColour((await s.run('ls -a')).stdout)).toBe('.  ..  .env  db.sqlite3  manage.py  mysite\n');
      const long = stripColour((await s.run('ls -l')).stdout).split('\n');
      expect(long[0]).toMatch(/^total \d+$/);
      expect(long[1]).toMatch(/^-rw-r--r-- 1 \S+ \S+ +0 \w{3} [ \d]\d \d\d:\d\d db\.sqlite3$/);
      expect(long[3]).toMatch(/^drwxr-xr-x 2 .* mysite$/);
      const missing = await s.run('ls nothere');
      expect(missing.status).toBe(2);
      expect(missing.stderr).toBe("ls: cannot access 'nothere': No such file or directory\n");
      expect((await s.run('ls -z')).stderr).toBe("ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n");
    });

    test('cat, touch, cp, mv, rm and their errors', async () => {
      const s = await open();
      await script(s, ['echo hello > a.txt', 'cp a.txt b.txt', 'mkdir d', 'mv b.txt d/', 'cp -r d e']);
      expect(await s.readFile('e/b.txt')).toBe('hello\n');
      expect((await s.run('cat d')).stderr).toBe('cat: d: Is a directory\n');
      expect((await s.run('cp d f')).stderr).toBe("cp: -r not specified; omitting directory 'd'\n");
      expect((await s.run('rm d')).stderr).toBe("rm: cannot remove 'd': Is a directory\n");
      expect((await s.run('rm nothing')).stderr).toBe("rm: cannot remove 'nothing': No such file or directory\n");
      expect((await s.run('rm -f nothing')).status).toBe(0);
      expect((await s.run('mv ghost x')).stderr).toBe("mv: cannot stat 'ghost': No such file or directory\n");
      await script(s, ['rm -r d e', 'rm a.txt']);
      expect(stripColour((await s.run('ls')).stdout)).toBe('');
      expect((await s.run('rm -rf /etc')).stderr).toBe("rm: cannot remove '/etc': Permission denied\n");
      expect((await s.run('touch /usr/x')).stderr).toBe("touch: cannot touch '/usr/x': Permission denied\n");
    });

    test('globs', async () => {
      const s = await open();
      await script(s, ['mkdir m', 'touch m/0001_initial.py m/0002_auto.py m/__init__.py']);
      expect((await s.run('echo m/0*.py')).stdout).toBe('m/0001_initial.py m/0002_auto.py\n');
      await script(s, ['rm m/000?_*.py']);
      expect(stripColour((await s.run('ls m')).stdout)).toBe('__init__.py\n');
      expect((await s.run("echo 'm/*'")).stdout).toBe('m/*\n');
      expect((await s.run('echo m/*.txt')).stdout).toBe('m/*.txt\n');
    });

    test('tree, history, which, help, clear, exit', async () => {
      const s = await open();
      await script(s, ['mkdir -p p/app', 'touch p/manage.py p/app/views.py']);
      expect(stripColour((await s.run('tree p')).stdout)).toBe('p\n├── app\n│   └── views.py\n└── manage.py\n\n2 directories, 2 files\n');
      const history = (await s.run('history')).stdout;
      expect(history).toContain('    1  mkdir -p p/app\n');
      expect(history).toContain('    3  tree p\n');
      expect((await s.run('which ls python3 cd')).stdout).toBe('/usr/bin/ls\n/usr/bin/python3\n');
      expect((await s.run('help')).stdout).toContain('python3 -m venv env');
      expect((await s.run('clear')).stdout).toBe('\x1b[H\x1b[2J\x1b[3J');
      expect((await s.run('exit')).stdout).toBe('exit\n');
    });
  });

  describe(`${name}: virtual environments, pip and pipenv`, () => {
    test('the virtualenv lesson: venv, activate, pip, freeze, deactivate', async () => {
      const s = await open();
      await script(s, ['mkdir learn-django', 'cd learn-django', 'python3 -m venv env']);
      expect(stripColour((await s.run('ls env')).stdout)).toBe('bin  include  lib  lib64  pyvenv.cfg\n');
      expect(await s.readFile('learn-django/env/pyvenv.cfg')).toContain('include-system-site-packages = false\nversion = 3.12.3\n');
      expect((await s.run('django-admin startproject mysite')).stderr).toBe('bash: django-admin: command not found\n');
      await script(s, ['source env/bin/activate']);
      expect(await s.prompt()).toBe('(env) ~/learn-django $ ');
      expect((await s.run('which python')).stdout).toBe(`${s.home}/learn-django/env/bin/python\n`);
      const install = await s.run('pip install django');
      expect(install.stdout).toContain('Collecting django\n');
      expect(install.stdout).toContain('Collecting asgiref>=3.8.1 (from django)\n');
      expect(install.stdout).toContain('Installing collected packages: sqlparse, asgiref, django\nSuccessfully installed asgiref-3.10.0 django-5.2.8 sqlparse-0.5.3\n');
      expect((await s.run('pip list')).stdout).toBe('Package  Version\n-------- -------\nasgiref  3.10.0\nDjango   5.2.8\npip      25.3\nsqlparse 0.5.3\n');
      expect((await s.run('python -m django --version')).stdout).toBe('5.2.8\n');
      await script(s, ['pip freeze > requirements.txt']);
      expect(await s.readFile('learn-django/requirements.txt')).toBe('asgiref==3.10.0\nDjango==5.2.8\nsqlparse==0.5.3\n');
      expect((await s.run('pip install -r requirements.txt')).stdout).toContain(
        'Requirement already satisfied: Django==5.2.8 in ./env/lib/python3.12/site-packages (from -r requirements.txt (line 2)) (5.2.8)\n',
      );
      expect((await s.run('which django-admin')).stdout).toBe(`${s.home}/learn-django/env/bin/django-admin\n`);
      await script(s, ['django-admin startproject myproject', 'deactivate']);
      expect(await s.readFile('learn-django/myproject/manage.py')).toContain('DJANGO_SETTINGS_MODULE');
      expect(await s.prompt()).toBe('~/learn-django $ ');
      expect((await s.run('which python3')).stdout).toBe('/usr/bin/python3\n');
      expect((await s.run('python3 -m django --version')).stderr).toBe('/usr/bin/python3: No module named django\n');
      const outside = await s.run('cd myproject && python3 manage.py check');
      expect(outside.status).toBe(1);
      expect(outside.stderr).toContain("ImportError: Couldn't import Django. Are you sure it's installed");
      expect((await s.run('deactivate')).stderr).toBe('bash: deactivate: command not found\n');
    });

    test('pip: show, uninstall with its question, unknown packages, versions', async () => {
      const s = await open();
      await script(s, ['python3 -m venv env', '. env/bin/activate', 'pip install django==5.2.8']);
      const show = (await s.run('pip show django')).stdout;
      expect(show).toContain('Name: Django\nVersion: 5.2.8\n');
      expect(show).toContain(`Location: ${s.home}/env/lib/python3.12/site-packages\nRequires: asgiref, sqlparse\nRequired-by: \n`);
      const missing = await s.run('pip install djangoo');
      expect(missing.status).toBe(1);
      expect(missing.stderr).toBe(
        'ERROR: Could not find a version that satisfies the requirement djangoo (from versions: none)\nERROR: No matching distribution found for djangoo\n',
      );
      expect((await s.run('pip install django==4.0')).stderr).toContain('(from versions: 5.2.8)');
      const kept = await s.run('pip uninstall django', ['n']);
      expect(kept.stdout).toContain('Proceed (Y/n)? ');
      expect((await s.run('pip list')).stdout).toContain('Django');
      await s.run('pip uninstall django', ['y']);
      expect((await s.run('django-admin')).status).toBe(127);
      expect((await s.run('pip uninstall django')).stdout).toBe('WARNING: Skipping django as it is not installed.\n');
      expect((await s.run('pip install')).stderr).toContain('You must give at least one requirement');
    });

    test("pip outside an environment refuses as Ubuntu's pip does (PEP 668), and offers venv and pipx", async () => {
      const s = await open();
      for (const line of ['pip install django', 'pip3 install --user django', 'python3 -m pip install "django~=5.2"', 'pip uninstall django']) {
        const r = await s.run(line);
        expect(r.status, line).toBe(1);
        expect(r.stdout, line).toBe('');
        expect(r.stderr.split('\n').slice(0, 3), line).toEqual(['error: externally-managed-environment', '', '× This environment is externally managed']);
        expect(r.stderr, line).toContain('it may be easiest to use pipx install xyz, which will manage a\n    virtual environment for you.');
        expect(r.stderr, line).toContain('    See /usr/share/doc/python3.12/README.venv for more information.\n');
        expect(r.stderr.endsWith('by passing --break-system-packages.\nhint: See PEP 668 for the detailed specification.\n'), line).toBe(true);
      }
      expect((await s.run('which django-admin')).status).toBe(1);
    });

    test('pip told to break the system packages installs for the user, and django-admin comes with it', async () => {
      const s = await open();
      const r = await s.run('pip install --break-system-packages django');
      expect(r.stdout.split('\n')[0]).toBe('Defaulting to user installation because normal site-packages is not writeable');
      expect((await s.run('which django-admin')).stdout).toBe(`${s.home}/.local/bin/django-admin\n`);
      expect((await s.run('python3 -m django --version')).stdout).toBe('5.2.8\n');
    });

    test('pipenv: install writes Pipfile and Pipfile.lock; shell, run and --venv', async () => {
      const s = await open();
      await script(s, ['mkdir pipenv-demo', 'cd pipenv-demo']);
      expect((await s.run('pipenv --venv')).stderr).toBe('No virtualenv has been created for this project yet!\n');
      const install = await s.run('pipenv install django');
      expect(install.status).toBe(0);
      expect(install.stdout).toContain('Creating a Pipfile for this project...');
      expect(stripColour((await s.run('ls')).stdout)).toBe('Pipfile  Pipfile.lock\n');
      expect(await s.readFile('pipenv-demo/Pipfile')).toContain('[packages]\ndjango = "*"\n');
      const lock = JSON.parse((await s.readFile('pipenv-demo/Pipfile.lock'))!);
      expect(Object.keys(lock.default)).toEqual(['asgiref', 'django', 'sqlparse']);
      expect(lock.default.django.version).toBe('==5.2.8');
      const venv = (await s.run('pipenv --venv')).stdout.trim();
      expect(venv).toMatch(new RegExp(`^${s.home}/\\.local/share/virtualenvs/pipenv-demo-[A-Za-z0-9_-]{8}$`));
      expect((await s.run('pipenv run python -m django --version')).stdout).toBe('5.2.8\n');
      expect((await s.run('django-admin --version')).status).toBe(127);
      await script(s, ['pipenv shell']);
      expect(await s.prompt()).toBe('(pipenv-demo) ~/pipenv-demo $ ');
      expect((await s.run('django-admin --version')).stdout).toBe('5.2.8\n');
      await script(s, ['exit']);
      expect(await s.prompt()).toBe('~/pipenv-demo $ ');
    });
  });

  describe(`${name}: Django through the shell`, () => {
    test('startproject, startapp, makemigrations, migrate', async () => {
      const s = await open();
      await script(s, ['python3 -m venv env', 'source env/bin/activate', 'pip install django', 'django-admin startproject myproject', 'cd myproject', 'python manage.py startapp home']);
      expect(stripColour((await s.run('ls')).stdout)).toBe('home  manage.py  myproject\n');
      const migrate = await s.run('python manage.py migrate');
      expect(stripColour(migrate.stdout)).toContain('  Applying auth.0001_initial... OK\n');
      expect(stripColour((await s.run('python manage.py showmigrations admin')).stdout)).toBe('admin\n [X] 0001_initial\n [X] 0002_logentry_remove_auto_add\n [X] 0003_logentry_add_action_flag_choices\n');
      const unknown = await s.run('python manage.py migrat');
      expect(stripColour(unknown.stderr)).toContain("Unknown command: 'migrat'. Did you mean migrate?");
    });
  });

  describe(`${name}: completion`, () => {
    test('commands, file names and manage.py subcommands', async () => {
      const s = await open();
      await script(s, ['mkdir -p myproject/home', 'touch myproject/manage.py']);
      expect(await s.complete('pw')).toEqual(['pwd ']);
      expect(await s.complete('cd my')).toEqual(['myproject/']);
      expect(await s.complete('ls myproject/')).toEqual(['myproject/home/', 'myproject/manage.py ']);
      expect(await s.complete('python3 manage.py makemig')).toEqual(['makemigrations ']);
      expect(await s.complete('python3 manage.py sh')).toEqual(['shell ', 'showmigrations ']);
      expect(await s.complete('pip ins')).toEqual(['install ']);
    });
  });
}
