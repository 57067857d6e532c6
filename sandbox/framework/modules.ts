import { PyDict, PyException, PyNativeFunction, PyTuple, type Interpreter, type PyValue } from './python';
import { installValidationError } from './core/validation-error';
import { stdlibModules } from './stdlib';
import { exceptionsModule } from './core/exceptions';
import { modelsModule } from './db/models/module';
import { dbModule } from './db/module';
import { utilsModule } from './db/utils';
import { EmptyResultSet, FieldDoesNotExist, MultipleObjectsReturned } from './db/models/exceptions';
import type { OrmContext } from './db/models/context';
import { loadSettings, settingsNotConfigured } from './conf/settings';
import { deletionModule, migrationsModule } from './db/migrations/module';
import { appsModule } from './apps/module';
import { urlsModule } from './urls/module';
import { adminModules } from './contrib/admin/module';
import { httpModule } from './http/module';
import { reverseFor, shortcutsModule } from './shortcuts/module';
import { engineFor } from './shortcuts/template-engine';
import { templateModules, templateResponseModule } from './template';
import type { AppRegistry } from './apps/registry';
import type { ConnectionHandler } from './db/connections';
import { DJANGO_VERSION } from './version';
import { timezoneModule } from './utils/timezone';
import { lazyFormsAndViewsModules } from './forms/lazy';
import { authModules } from './contrib/auth/module';
import { confModule, globalSettingsModule } from './conf/lazy-settings';
import { textModule } from './utils/text-module';
import { htmlModule, safestringModule } from './utils/html';
import { dateparseModule } from './utils/dateparse';
import { authRequestModules, withSessionAuthModule } from './contrib/auth/session-module';
import { sessionModules } from './contrib/sessions/module';
import { messagesModules } from './contrib/messages/module';
import { decoratorModules } from './views/decorators/module';
import { sourceModule } from './stdlib/types/source-module';
import { contribSource } from './contrib/sources';
import { testModules } from './test/module';

export interface ModuleContext {
  environ: PyDict;
  argv: string[];
  sysPath: string[];
  cwd: string;
  apps: AppRegistry;
  /** The project's database, for `from django.db import connection` and the ORM. */
  connections: ConnectionHandler;
  /** django.core.management.execute_from_command_line. */
  executeFromCommandLine(argv: string[]): void;
}

/** What the ORM and `django.db.connection` work with: one per run, made when django.db is first imported. */
function ormContext(ctx: ModuleContext, interp: Interpreter): OrmContext {
  return {
    interp,
    apps: ctx.apps,
    connection() {
      // Without settings there is no DATABASES to open (a script run without manage.py).
      if (!ctx.connections.path) throw settingsNotConfigured('DATABASES');
      return ctx.connections.default;
    },
    settings() {
      try {
        return loadSettings(interp, ctx.environ);
      } catch (err) {
        if (err instanceof PyException) return null;
        throw err;
      }
    },
  };
}

/** Every module the sandbox's Python can import that is not a file of the learner's project. */
export function nativeModules(ctx: ModuleContext): Record<string, (interp: Interpreter) => Record<string, PyValue>> {
  const pkg = () => ({});
  let orm: OrmContext | null = null;
  const ormOf = (interp: Interpreter) => (orm ??= ormContext(ctx, interp));
  const version = DJANGO_VERSION.split('.').map(Number);
  return {
    ...stdlibModules(ctx),
    // Before the entries below, so that a module defined there (django.contrib.auth) wins over the package these give.
    ...lazyFormsAndViewsModules((interp, name) => loadSettings(interp, ctx.environ).get(name)),
    django: () => ({
      VERSION: new PyTuple([...version, 'final', 0]),
      get_version: new PyNativeFunction('get_version', () => DJANGO_VERSION),
      __version__: DJANGO_VERSION,
    }),
    'django.core': pkg,
    'django.core.exceptions': (interp) => (installValidationError(interp), { ...exceptionsModule(), MultipleObjectsReturned, EmptyResultSet, FieldDoesNotExist }),
    'django.core.management': () => ({
      execute_from_command_line: new PyNativeFunction('execute_from_command_line', ([argv]) => {
        const list = argv === undefined || argv === null ? ctx.argv : (argv as { items?: PyValue[] }).items?.map(String) ?? ctx.argv;
        ctx.executeFromCommandLine(list);
        return null;
      }),
    }),
    'django.core.paginator': (interp) => sourceModule(interp, 'django.core.paginator', contribSource('paginator', 'django.core.paginator')),
    'django.core.wsgi': () => ({ get_wsgi_application: new PyNativeFunction('get_wsgi_application', () => null) }),
    'django.core.asgi': () => ({ get_asgi_application: new PyNativeFunction('get_asgi_application', () => null) }),
    'django.db': (interp) => dbModule(ormOf(interp)),
    'django.db.utils': () => utilsModule(),
    'django.db.models': (interp) => modelsModule(ormOf(interp)),
    'django.db.models.deletion': () => deletionModule(),
    'django.db.migrations': () => migrationsModule(),
    'django.apps': () => appsModule(ctx.apps),
    'django.conf': (interp) => confModule(interp, ctx.environ),
    'django.conf.global_settings': () => globalSettingsModule(),
    'django.utils': pkg,
    'django.utils.text': (interp) => textModule(interp),
    'django.utils.html': (interp) => htmlModule(interp),
    'django.utils.safestring': (interp) => safestringModule(interp),
    'django.utils.dateparse': (interp) => dateparseModule(interp),
    'django.utils.timezone': (interp) => timezoneModule(interp, () => loadSettings(interp, ctx.environ)),
    'django.contrib': pkg,
    ...adminModules(ctx.apps, ctx.environ),
    ...withSessionAuthModule(authModules(ctx.apps), ctx.environ),
    ...authRequestModules(ctx.environ),
    ...sessionModules(() => ctx.connections.default, ctx.environ),
    ...messagesModules(ctx.environ),
    ...decoratorModules(),
    'django.urls': (interp) => urlsModule(interp, () => interp.str(loadSettings(interp, ctx.environ).get('ROOT_URLCONF') ?? null)),
    ...testModules(ctx),
    'django.shortcuts': (interp) =>
      shortcutsModule(interp, {
        settings: () => loadSettings(interp, ctx.environ),
        apps: ctx.apps,
        reverse: () => interp.importModule('django.urls').dict.get('reverse') ?? null,
      }),
    'django.http': (interp) => httpModule(interp),
    'django.template.response': (interp) => templateResponseModule(interp),
    ...templateModuleFactories(ctx),
  };
}

/** django.template and friends, from the template engine; its loader uses the project's settings. */
function templateModuleFactories(ctx: ModuleContext): Record<string, (interp: Interpreter) => Record<string, PyValue>> {
  let current: Interpreter | null = null;
  const engine = () => {
    const interp = current!;
    const reverse = reverseFor(interp, () => interp.importModule('django.urls').dict.get('reverse') ?? null);
    return engineFor(interp, loadSettings(interp, ctx.environ), ctx.apps, reverse);
  };
  return Object.fromEntries(
    Object.entries(templateModules(engine)).map(([name, values]) => [
      name,
      (interp: Interpreter) => {
        current = interp;
        return values;
      },
    ]),
  );
}
