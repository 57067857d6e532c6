import { PyException, PyList, PyTuple, formatException } from '../../../python';
import { CommandError, defineCommand, type Options } from '../base';
import type { CommandContext } from '../context';
import { runSystemChecks } from '../system-checks';
import { checkMigrations } from '../migrations-check';
import { serve } from '../../servers/basehttp';
import { DJANGO_VERSION } from '../../../version';

/**
 * The runserver a startproject project gets: django/contrib/staticfiles/management/commands/
 * runserver.py, which extends core runserver with --nostatic and --insecure because
 * django.contrib.staticfiles is in the default INSTALLED_APPS. Django sets
 * requires_system_checks = [] and runs the checks (and the migrations check) itself on every
 * reload.
 */
export default defineCommand({
  help: 'Starts a lightweight web server for development and also serves static files.',
  requiresSystemChecks: false,
  suppressedBaseArguments: ['--verbosity', '--traceback'],
  needsSettings: true,
  addArguments(parser) {
    parser.addArgument(['addrport'], { nargs: '?', help: 'Optional port number, or ipaddr:port' });
    parser.addArgument(['--ipv6', '-6'], {
      action: 'store_true',
      dest: 'use_ipv6',
      help: 'Tells Django to use an IPv6 address.',
    });
    parser.addArgument(['--nothreading'], {
      action: 'store_false',
      dest: 'use_threading',
      help: 'Tells Django to NOT use threading.',
    });
    parser.addArgument(['--noreload'], {
      action: 'store_false',
      dest: 'use_reloader',
      help: 'Tells Django to NOT use the auto-reloader.',
    });
    // Django's runserver offers --skip-checks but runs the checks itself, on every reload.
    parser.addArgument(['--skip-checks'], { action: 'store_true', help: 'Skip system checks.' });
    parser.addArgument(['--nostatic'], {
      action: 'store_false',
      dest: 'use_static_handler',
      help: 'Tells Django to NOT automatically serve static files at STATIC_URL.',
    });
    parser.addArgument(['--insecure'], {
      action: 'store_true',
      dest: 'insecure_serving',
      help: 'Allows serving static files even if DEBUG is False.',
    });
  },
  handle(options, ctx) {
    runServer(options, ctx);
  },
});

/** naiveip_re: `8000`, `0:8000`, `127.0.0.1:8000`, `[::1]:8000`, `localhost:8000`. */
const NAIVE_IP = /^(?:(?<addr>(?<ipv4>\d{1,3}(?:\.\d{1,3}){3})|(?<ipv6>\[[a-fA-F0-9:]+\])|(?<fqdn>[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*)):)?(?<port>\d+)$/;

interface Address {
  addr: string;
  port: string;
  rawIpv6: boolean;
}

/** Command.handle's checks of the settings and the address, with Django's CommandErrors. */
function parseAddress(options: Options, ctx: CommandContext): Address {
  const settings = ctx.settings!;
  const hosts = settings.get('ALLOWED_HOSTS');
  const hasHosts = (hosts instanceof PyList || hosts instanceof PyTuple) && hosts.items.length > 0;
  if (!settings.bool('DEBUG', false) && !hasHosts) throw new CommandError('You must set settings.ALLOWED_HOSTS if DEBUG is False.');
  let useIpv6 = options.use_ipv6 === true;
  const addrport = options.addrport as string | null | undefined;
  let addr = '';
  let port = '8000';
  let rawIpv6 = false;
  if (addrport) {
    const m = NAIVE_IP.exec(addrport);
    if (!m) throw new CommandError(`"${addrport}" is not a valid port number or address:port pair.`);
    const g = m.groups!;
    addr = g.addr ?? '';
    port = g.port!;
    if (addr) {
      if (g.ipv6) {
        addr = addr.slice(1, -1);
        useIpv6 = true;
        rawIpv6 = true;
      } else if (useIpv6 && !g.fqdn) throw new CommandError(`"${addr}" is not a valid IPv6 address.`);
    }
  }
  if (!addr) {
    addr = useIpv6 ? '::1' : '127.0.0.1';
    rawIpv6 = useIpv6;
  }
  return { addr, port, rawIpv6 };
}

/** Where Python 3.12.3's threading module runs a thread's target: the first frames of its traceback. */
const THREAD_FRAMES = [
  { file: '/usr/lib/python3.12/threading.py', line: 1073, name: '_bootstrap_inner', text: 'self.run()' },
  { file: '/usr/lib/python3.12/threading.py', line: 1010, name: 'run', text: 'self._target(*self._args, **self._kwargs)' },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** datetime.now().strftime('%B %d, %Y - %X'). */
function bannerDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[d.getMonth()]} ${p(d.getDate())}, ${d.getFullYear()} - ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/**
 * Command.inner_run: the checks, the banner, then a real server. The command returns once the
 * server listens and is held open until Ctrl-C, which ends it with 0.
 */
function runServer(options: Options, ctx: CommandContext) {
  const { addr, port, rawIpv6 } = parseAddress(options, ctx);
  const settings = ctx.settings!;
  if (!ctx.loadProject) throw new CommandError('The sandbox cannot serve pages from here.');
  const debug = settings.bool('DEBUG', false);
  // django.utils.autoreload logs this through the console handler, which only speaks with DEBUG.
  if (options.use_reloader !== false && debug) ctx.stderr('Watching for file changes with StatReloader\n');
  try {
    // The checks import the URLconf: a urls.py naming a missing view fails here.
    if (!options.skip_checks) {
      ctx.stdout('Performing system checks...\n\n');
      runSystemChecks(ctx, { displayNumErrors: true });
    }
    checkMigrations(ctx);
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
    // Django's server thread dies with the traceback while the autoreloader lives on,
    // never starting the server, until Ctrl-C. Python's threading module prints it, its
    // own frames first; Django's frames are not the sandbox's to show.
    err.traceback.unshift(...THREAD_FRAMES);
    ctx.stderr(`Exception in thread django-main-thread:\n${formatException(err, ctx.interp)}`);
    ctx.holdOpen(() => undefined);
    return;
  }
  ctx.stdout(`${bannerDate(new Date())}\n`);
  ctx.stdout(
    `Django version ${DJANGO_VERSION}, using settings '${settings.moduleName}'\n` +
      `Starting development server at http://${rawIpv6 ? `[${addr}]` : addr}:${port}/\n` +
      'Quit the server with CONTROL-C.\n',
  );
  // Django 5.1+ (the version the sandbox reports) adds this; DJANGO_RUNSERVER_HIDE_WARNING=true hides it.
  if (ctx.environ('DJANGO_RUNSERVER_HIDE_WARNING') !== 'true') {
    const docs = DJANGO_VERSION.split('.').slice(0, 2).join('.');
    ctx.stdout(
      '\n' +
        ctx.style.WARNING(
          'WARNING: This is a development server. Do not use it in a production setting. Use a production WSGI or ASGI server instead.\n' +
            `For more information on production servers see: https://docs.djangoproject.com/en/${docs}/howto/deployment/`,
        ) +
        '\n',
    );
  }
  const loadProject = ctx.loadProject;
  // A listener may fail before or after serve() returns (Node reports EADDRINUSE later).
  let end: ((status: number) => void) | null = null;
  let failed = false;
  const server = serve({
    // Django binds "0" as 0.0.0.0 (the banner shows what was typed).
    host: addr === '0' ? '0.0.0.0' : addr,
    port: Number(port),
    loadProject,
    staticFiles: options.use_static_handler === false ? null : { insecure: options.insecure_serving === true },
    stderr: ctx.stderr,
    colour: ctx.errStyle.ERROR('x') !== 'x',
    onFatal(message) {
      ctx.stderr(`Error: ${message}\n`);
      server.close();
      if (end) end(1);
      else failed = true;
    },
  });
  end = ctx.holdOpen(() => server.close());
  if (failed) end(1);
}
