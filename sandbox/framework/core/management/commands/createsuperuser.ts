import os from 'node:os';
import { CommandError, defineCommand, type Options } from '../base';
import { PyDict, PyException, PyList, PyTuple, dictGet, pyError } from '../../../python';
import type { CommandContext } from '../context';
import { SystemExit } from '../../../python';
import { styledLine } from '../color';
import { createSuperuser, usernameTaken } from '../../../contrib/auth/users';
import { validatePassword } from '../../../contrib/auth/password-validation';

/**
 * django/contrib/auth/management/commands/createsuperuser.py (3.2), for the default User
 * model: Django derives --username from USERNAME_FIELD and --email from REQUIRED_FIELDS.
 */
const USERNAME_FIELD = 'username';
const REQUIRED_FIELDS = ['email'];

export default defineCommand({
  help: 'Used to create a superuser.',
  requiresSystemChecks: true,
  requiresMigrationsChecks: true,
  needsSettings: true,
  addArguments(parser) {
    parser.addArgument([`--${USERNAME_FIELD}`], { help: 'Specifies the login for the superuser.' });
    parser.addArgument(['--noinput', '--no-input'], {
      action: 'store_false',
      dest: 'interactive',
      help:
        'Tells Django to NOT prompt the user for input of any kind. ' +
        `You must use --${USERNAME_FIELD} with --noinput, along with an option for ` +
        'any other required field. Superusers created with --noinput will ' +
        "not be able to log in until they're given a valid password.",
    });
    parser.addArgument(['--database'], {
      default: 'default',
      choices: ['default'],
      help: 'Specifies the database to use. Default is "default".',
    });
    for (const field of REQUIRED_FIELDS) {
      parser.addArgument([`--${field}`], { help: `Specifies the ${field} for the superuser.` });
    }
  },
  /**
   * Without a terminal Django skips the prompts (and says so); with --noinput the fields
   * come from the options or DJANGO_SUPERUSER_* variables, and the password (if given in
   * DJANGO_SUPERUSER_PASSWORD) is hashed, otherwise unusable.
   */
  handle(options, ctx) {
    if (options.interactive !== false) {
      // The prompts need a terminal; Django tests stdin.isatty() first.
      if (!ctx.stdinIsTerminal) {
        return 'Superuser creation skipped due to not running in a TTY. You can run `manage.py createsuperuser` in your project to create one manually.';
      }
      return interactive(options, ctx);
    }
    const env = ctx.environ;
    const db = ctx.database();
    let username = (options[USERNAME_FIELD] as string | null) ?? env(`DJANGO_SUPERUSER_${USERNAME_FIELD.toUpperCase()}`);
    if (username === null) throw new CommandError(`You must use --${USERNAME_FIELD} with --noinput.`);
    const error = usernameError(ctx, username);
    if (error) throw new CommandError(error);
    username = username.normalize('NFKC');
    const values: Record<string, string> = {};
    for (const field of REQUIRED_FIELDS) {
      const option = (options[field] as string | null) ?? null;
      const variable = env(`DJANGO_SUPERUSER_${field.toUpperCase()}`);
      const value = option || variable;
      if (!value) {
        // email is blank=True: an explicitly empty value is taken.
        if (option === '' || variable === '') continue;
        throw new CommandError(`You must use --${field} with --noinput.`);
      }
      const problem = emailError(value);
      if (problem) throw new CommandError(problem);
      values[field] = value;
    }
    // DJANGO_SUPERUSER_PASSWORD is taken as it is: --noinput validates no password.
    createSuperuser(db, { username, email: values.email ?? '', password: env('DJANGO_SUPERUSER_PASSWORD') });
    if ((options.verbosity as number) >= 1) return 'Superuser created successfully.';
  },
});

const USERNAME_PATTERN = /^[\p{L}\p{N}_.@+-]+$/u;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** getpass.getuser(), as Django's default username (blank when taken or invalid). */
function defaultUsername(ctx: CommandContext): string {
  const name = ctx.environ('LOGNAME') ?? ctx.environ('USER') ?? os.userInfo().username;
  if (!USERNAME_PATTERN.test(name) || usernameTaken(ctx.database(), name)) return '';
  return name;
}

/** Command._validate_username: taken, blank, then the field's own validation (max_length, then the validator). */
function usernameError(ctx: CommandContext, username: string): string | null {
  if (usernameTaken(ctx.database(), username)) return 'Error: That username is already taken.';
  if (!username) return 'Username cannot be blank.';
  const problems: string[] = [];
  if ([...username].length > 150) problems.push(`Ensure this value has at most 150 characters (it has ${[...username].length}).`);
  if (!USERNAME_PATTERN.test(username)) problems.push('Enter a valid username. This value may contain only letters, numbers, and @/./+/-/_ characters.');
  return problems.length ? problems.join('; ') : null;
}

/** EmailField.clean for --email and DJANGO_SUPERUSER_EMAIL. */
function emailError(email: string): string | null {
  const problems: string[] = [];
  if ([...email].length > 254) problems.push(`Ensure this value has at most 254 characters (it has ${[...email].length}).`);
  if (!EMAIL_PATTERN.test(email)) problems.push('Enter a valid email address.');
  return problems.length ? problems.join('; ') : null;
}

function configuredValidators(ctx: CommandContext): string[] {
  const list = ctx.settings?.get('AUTH_PASSWORD_VALIDATORS');
  const items = list instanceof PyList || list instanceof PyTuple ? list.items : [];
  return items.map((v) => (v instanceof PyDict ? dictGet(v, 'NAME') : null)).filter((n): n is string => typeof n === 'string');
}

/** The prompts of createsuperuser at a terminal, with Django's wording and checks. */
function interactive(options: Options, ctx: CommandContext): string | void {
  const input = (prompt: string) => {
    ctx.stdout(prompt);
    const line = ctx.readLine();
    if (line === null) throw pyError('EOFError', 'EOF when reading a line');
    return line;
  };
  try {
    const fallback = defaultUsername(ctx);
    let username = (options[USERNAME_FIELD] as string | null) ?? null;
    if (username !== null) {
      const error = usernameError(ctx, username);
      if (error) {
        ctx.stderr(styledLine(error, ctx.errStyle.ERROR));
        username = null;
      }
    }
    while (username === null) {
      let value = input(`Username${fallback ? ` (leave blank to use '${fallback}')` : ''}: `);
      if (fallback && value === '') value = fallback;
      if (!value) {
        ctx.stderr(styledLine('Error: This field cannot be blank.', ctx.errStyle.ERROR));
        continue;
      }
      // At the prompt the field's own errors come from get_input_data, which says "Error: ".
      const error = usernameError(ctx, value);
      if (error) ctx.stderr(styledLine(error.startsWith('Error: ') ? error : `Error: ${error}`, ctx.errStyle.ERROR));
      else username = value;
    }
    let email = (options.email as string | null) ?? null;
    while (email === null) {
      const value = input('Email address: ');
      if (value && !EMAIL_PATTERN.test(value)) ctx.stderr(styledLine('Error: Enter a valid email address.', ctx.errStyle.ERROR));
      else email = value;
    }
    let password: string | null = null;
    while (password === null) {
      const first = ctx.readSecret('Password: ');
      const second = ctx.readSecret('Password (again): ');
      if (first === null || second === null) throw new SystemExit(1);
      if (first !== second) {
        ctx.stderr(styledLine("Error: Your passwords didn't match.", ctx.errStyle.ERROR));
        continue;
      }
      if (first.trim() === '') {
        ctx.stderr(styledLine("Error: Blank passwords aren't allowed.", ctx.errStyle.ERROR));
        continue;
      }
      const problems = validatePassword(second, { username, email }, configuredValidators(ctx));
      if (problems.length) {
        ctx.stderr(styledLine(problems.join('\n'), ctx.errStyle.ERROR));
        if (input('Bypass password validation and create user anyway? [y/N]: ').toLowerCase() !== 'y') continue;
      }
      password = first;
    }
    createSuperuser(ctx.database(), { username, email, password });
    if ((options.verbosity as number) >= 1) return 'Superuser created successfully.';
  } catch (err) {
    if (err instanceof PyException && err.exc.cls.name === 'KeyboardInterrupt') {
      ctx.stderr('\nOperation cancelled.\n');
      throw new SystemExit(1);
    }
    throw err;
  }
}
