import { PyDict, PyException, PyInstance, PyList, PyNativeFunction, PyTuple, newDict, type Interpreter, type PyValue } from '../python';
import { sourceModule } from '../stdlib/types/source-module';
import { contribSource } from '../contrib/sources';
import { loadSettings, ENVIRONMENT_VARIABLE } from '../conf/settings';
import { dictGet } from '../python';
import type { ModuleContext } from '../modules';
import { effectiveAllowedHosts, handle, hostGetter } from '../core/handlers/base';
import { makeRequest, type RequestInfo } from '../http/request';
import { setCookieLines } from '../http/cookies';
import { templateRendered } from '../template/template';
import type { Context } from '../template/context';
import { setupTestDatabase, teardownTestDatabase, runTestChecks } from './test-database';

/** The template names and contexts one request of the test client rendered. */
interface Capture {
  names: PyValue[];
  contexts: PyValue[];
}

/** One interpreter's test state: whether rendering is instrumented, and what the current request rendered. */
interface TestState {
  instrumented: boolean;
  captures: Capture[];
}

/** A copy of a Context as a flat dict, the innermost binding of each name winning. */
function flatten(ctx: Context): PyDict {
  const out = new Map<string, PyValue>();
  for (const scope of ctx.scopes) for (const [name, value] of scope) out.set(name, value);
  return newDict([...out]);
}

function settingsModule(interp: Interpreter, ctx: ModuleContext) {
  const name = dictGet(ctx.environ, ENVIRONMENT_VARIABLE);
  return interp.importModule(String(name));
}

/** `Set-Cookie` lines → (name, (value, expired)), as the client's cookie jar takes them. */
function cookiesOf(response: PyValue): PyList {
  const out: PyValue[] = [];
  for (const line of setCookieLines(response as PyInstance)) {
    const [pair = '', ...attrs] = line.split('; ');
    const at = pair.indexOf('=');
    let value = pair.slice(at + 1);
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    const expired = attrs.some((a) => /^max-age=0$/i.test(a) || /^expires=Thu, 01 Jan 1970/i.test(a));
    out.push(new PyTuple([pair.slice(0, at), new PyTuple([value, expired])]));
  }
  return new PyList(out);
}

function clientNatives(interp: Interpreter, ctx: ModuleContext, state: TestState): Record<string, PyValue> {
  const request = new PyNativeFunction('_request', ([method, path, query, body, headers, secure, exempt, raise]) => {
    const head: Record<string, string> = {};
    if (headers instanceof PyDict) for (const { key, value } of headers.entries.values()) head[interp.str(key)] = interp.str(value);
    const text = interp.str(body ?? '');
    if (text) head['content-length'] = String(new TextEncoder().encode(text).length);
    const settings = loadSettings(interp, ctx.environ);
    const project = { interp, settings, apps: ctx.apps, connections: ctx.connections };
    const capture: Capture = { names: [], contexts: [] };
    let response: PyInstance | null = null;
    state.captures.push(capture);
    try {
      handle(
        project,
        { method: interp.str(method ?? 'GET'), path: interp.str(path ?? '/'), query: interp.str(query ?? ''), headers: head, body: text, scheme: interp.truthy(secure ?? false) ? 'https' : 'http', serverName: 'testserver', serverPort: interp.truthy(secure ?? false) ? '443' : '80' },
        {
          log: (line) => (interp.options.stderr ?? interp.options.stdout)(line),
          onRequest: (req) => {
            if (interp.truthy(exempt ?? false)) req.dict.set('_dont_enforce_csrf_checks', true);
          },
          onResponse: (r) => void (response = r),
          raiseUncaught: interp.truthy(raise ?? true),
        },
      );
    } finally {
      state.captures.pop();
    }
    return new PyTuple([response!, new PyList(capture.names), new PyList(capture.contexts)]);
  });
  // RequestFactory: the request the handler would make, with no middleware run on it.
  const makeOne = new PyNativeFunction('_make_request', ([method, path, query, body, headers, secure]) => {
    const head: Record<string, string> = {};
    if (headers instanceof PyDict) for (const { key, value } of headers.entries.values()) head[interp.str(key)] = interp.str(value);
    const text = interp.str(body ?? '');
    if (text) head['content-length'] = String(new TextEncoder().encode(text).length);
    const isSecure = interp.truthy(secure ?? false);
    const info: RequestInfo = { method: interp.str(method ?? 'GET'), path: interp.str(path ?? '/'), query: interp.str(query ?? ''), headers: head, body: text, scheme: isSecure ? 'https' : 'http', serverName: 'testserver', serverPort: isSecure ? '443' : '80' };
    const project = { interp, settings: loadSettings(interp, ctx.environ), apps: ctx.apps, connections: ctx.connections };
    return makeRequest(info, interp, hostGetter(info, effectiveAllowedHosts(project)));
  });
  return { _request: request, _make_request: makeOne, _cookies_of: new PyNativeFunction('_cookies_of', ([response]) => cookiesOf(response ?? null)) };
}

function utilsNatives(interp: Interpreter, ctx: ModuleContext, state: TestState): Record<string, PyValue> {
  const listener = (template: { name: string | null }, context: Context) => {
    // The listener outlives a program that never tore its environment down: only this interpreter's renders count.
    if (!state.instrumented || context.interp !== interp) return;
    const capture = state.captures[state.captures.length - 1];
    capture?.names.push(template.name);
    capture?.contexts.push(flatten(context));
    const listeners = interp.importModule('django.test.testcases').dict.get('_template_listeners');
    if (listeners instanceof PyList) for (const names of listeners.items) if (names instanceof PyList && template.name !== null) names.items.push(template.name);
  };
  return {
    _instrument: new PyNativeFunction('_instrument', ([on]) => {
      state.instrumented = on === true;
      templateRendered.listener = state.instrumented ? listener : null;
      return null;
    }),
    // The handler reads the settings module itself: a changed setting must reach it there.
    _set_setting: new PyNativeFunction('_set_setting', ([name, value, remove]) => {
      const dict = settingsModule(interp, ctx).dict;
      if (remove === true) dict.delete(interp.str(name ?? ''));
      else dict.set(interp.str(name ?? ''), value ?? null);
      return null;
    }),
    _has_setting: new PyNativeFunction('_has_setting', ([name]) => settingsModule(interp, ctx).dict.has(interp.str(name ?? ''))),
  };
}

function testcasesNatives(interp: Interpreter, ctx: ModuleContext): Record<string, PyValue> {
  const run = (sql: string) => ctx.connections.default.raw().run(sql);
  const statement = (name: string, sql: string) => new PyNativeFunction(name, () => (run(sql), null));
  return {
    _begin: statement('_begin', 'BEGIN'),
    _rollback: statement('_rollback', 'ROLLBACK'),
    _savepoint: statement('_savepoint', 'SAVEPOINT django_test'),
    _rollback_to: statement('_rollback_to', 'ROLLBACK TO SAVEPOINT django_test; RELEASE SAVEPOINT django_test'),
    _flush: new PyNativeFunction('_flush', () => {
      const db = ctx.connections.default;
      for (const table of db.tableNames()) if (table !== 'django_migrations' && table !== 'django_content_type' && table !== 'auth_permission') db.execute(`DELETE FROM "${table}"`);
      return null;
    }),
    _forbid_database: new PyNativeFunction('_forbid_database', ([message]) => {
      ctx.connections.forbidden =
        typeof message === 'string'
          ? () => {
              const cls = interp.importModule('django.test.testcases').dict.get('DatabaseOperationForbidden')!;
              throw new PyException(interp.call(cls, [message]) as PyInstance);
            }
          : null;
      return null;
    }),
  };
}

function runnerNatives(interp: Interpreter, ctx: ModuleContext): Record<string, PyValue> {
  const verbosityOf = (v: PyValue | undefined) => (typeof v === 'number' ? v : 1);
  return {
    _import_module: new PyNativeFunction('_import_module', ([name]) => interp.importModule(interp.str(name ?? ''))),
    _setup_databases: new PyNativeFunction('_setup_databases', ([verbosity]) => (setupTestDatabase(ctx.connections, verbosityOf(verbosity)), null)),
    _teardown_databases: new PyNativeFunction('_teardown_databases', ([verbosity]) => (teardownTestDatabase(ctx.connections, verbosityOf(verbosity)), null)),
    _run_checks: new PyNativeFunction('_run_checks', () => runTestChecks()),
  };
}

const DJANGO_TEST_NAMES = {
  'django.test.testcases': ['SimpleTestCase', 'TransactionTestCase', 'TestCase', 'skipIfDBFeature', 'skipUnlessDBFeature'],
  'django.test.client': ['Client', 'RequestFactory'],
  'django.test.utils': ['override_settings', 'tag'],
} as const;

/** django.test and its modules, written in Python (test/*.py) over the natives above. */
export function testModules(ctx: ModuleContext): Record<string, (interp: Interpreter) => Record<string, PyValue>> {
  const states = new WeakMap<Interpreter, TestState>();
  const stateOf = (interp: Interpreter) => {
    let state = states.get(interp);
    if (!state) states.set(interp, (state = { instrumented: false, captures: [] }));
    return state;
  };
  return {
    'django.test': (interp) => {
      const out: Record<string, PyValue> = {};
      for (const [module, names] of Object.entries(DJANGO_TEST_NAMES)) {
        const dict = interp.importModule(module).dict;
        for (const name of names) out[name] = dict.get(name)!;
      }
      return out;
    },
    'django.test.client': (interp) => sourceModule(interp, 'django.test.client', contribSource('testClient', 'django.test.client'), clientNatives(interp, ctx, stateOf(interp))),
    'django.test.testcases': (interp) => sourceModule(interp, 'django.test.testcases', contribSource('testCases', 'django.test.testcases'), testcasesNatives(interp, ctx)),
    'django.test.utils': (interp) => sourceModule(interp, 'django.test.utils', contribSource('testUtils', 'django.test.utils'), utilsNatives(interp, ctx, stateOf(interp))),
    'django.test.runner': (interp) => sourceModule(interp, 'django.test.runner', contribSource('testRunner', 'django.test.runner'), runnerNatives(interp, ctx)),
  };
}
