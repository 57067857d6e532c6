import { lazyObject } from '../utils/functional';
import {
  PyBoundMethod,
  PyClass,
  PyDict,
  PyException,
  PyFunction,
  PyInstance,
  PyList,
  PyModule,
  PyNativeFunction,
  PyTuple,
  newDict,
  newException,
  objectClass,
  pyError,
  typeName,
  type Interpreter,
  type PyValue,
} from '../python';
import { ImproperlyConfigured } from '../core/exceptions';
import { regexPattern, routePattern } from './patterns';
import { NoReverseMatch, Resolver404, ResolverError, resolve, resolver404, rootResolver, wrapEntry } from './resolvers';
import { reverse } from './reverse';

function improperlyConfigured(message: string): PyException {
  return new PyException(newException(ImproperlyConfigured, [message]));
}

function isCallable(value: PyValue): boolean {
  return value instanceof PyFunction || value instanceof PyNativeFunction || value instanceof PyBoundMethod || value instanceof PyClass || (value instanceof PyInstance && value.cls.lookup('__call__') !== undefined);
}

const ResolverMatchClass = new PyClass('ResolverMatch', [objectClass], 'django.urls.resolvers');

/** django.urls.conf._path: path() and re_path() share everything but the pattern kind. */
function makePath(kind: 'route' | 'regex', interp: Interpreter) {
  return new PyNativeFunction(kind === 'route' ? 'path' : 're_path', (args, kwargs) => {
    const [route, view] = args;
    const extra = kwargs.get('kwargs') ?? args[2] ?? null;
    const name = kwargs.get('name') ?? args[3] ?? null;
    if (typeof route !== 'string') throw pyError('TypeError', `expected str for the route, got ${typeName(route ?? null)}`);
    if (view === undefined) throw pyError('TypeError', `_path() missing 1 required positional argument: 'view'`);
    if (extra !== null && !(extra instanceof PyDict)) throw pyError('TypeError', `kwargs argument must be a dict, but got ${typeName(extra)}.`);
    const defaults = new Map<string, PyValue>(extra ? [...extra.entries.values()].map(({ key, value }) => [interp.str(key), value]) : []);
    const isInclude = view instanceof PyList || view instanceof PyTuple;
    const pattern = kind === 'route' ? routePattern(route, !isInclude) : regexPattern(route, !isInclude);
    if (isInclude) {
      const [urlconf = null, appName = null, namespace = null] = view.items;
      return wrapEntry({
        kind: 'resolver',
        pattern,
        urlconf,
        defaultKwargs: defaults,
        appName: typeof appName === 'string' ? appName : null,
        namespace: typeof namespace === 'string' ? namespace : null,
      });
    }
    if (!isCallable(view)) throw pyError('TypeError', 'view must be a callable or a list/tuple in the case of include().');
    return wrapEntry({ kind: 'pattern', pattern, callback: view, defaultArgs: defaults, name: typeof name === 'string' ? name : null });
  });
}

/** django.urls.include: the module (imported now, as Django does), its app_name and the namespace. */
function include(interp: Interpreter) {
  return new PyNativeFunction('include', (args, kwargs) => {
    let arg = args[0] ?? kwargs.get('arg') ?? null;
    let namespace = args[1] ?? kwargs.get('namespace') ?? null;
    let appName: PyValue = null;
    if (arg instanceof PyTuple) {
      if (arg.items.length !== 2) {
        throw improperlyConfigured(
          `Passing a ${arg.items.length}-tuple to include() is not supported. Pass a 2-tuple containing the list of patterns and app_name, and provide the namespace argument to include() instead.`,
        );
      }
      [arg, appName] = arg.items as [PyValue, PyValue];
    }
    const module = typeof arg === 'string' ? interp.importModule(arg) : arg;
    if (module instanceof PyModule) appName = module.dict.get('app_name') ?? appName;
    if (namespace !== null && appName === null) {
      throw improperlyConfigured(
        'Specifying a namespace in include() without providing an app_name is not supported. Set the app_name attribute in the included module, or pass a 2-tuple containing the list of patterns and app_name instead.',
      );
    }
    namespace ??= appName;
    return new PyTuple([module, appName, namespace]);
  });
}

/** `from django.urls import path, re_path, include, reverse, resolve, NoReverseMatch`. */
export function urlsModule(interp: Interpreter, rootUrlconf: () => string): Record<string, PyValue> {
  const doReverse = new PyNativeFunction('reverse', (args, kwargs) => {
    const viewname = args[0] ?? kwargs.get('viewname') ?? null;
    const urlconf = args[1] ?? kwargs.get('urlconf') ?? null;
    const given = args[2] ?? kwargs.get('args') ?? null;
    const named = args[3] ?? kwargs.get('kwargs') ?? null;
    const positional = given === null ? [] : interp.iterate(given);
    const keywords = new Map<string, PyValue>(named instanceof PyDict ? [...named.entries.values()].map(({ key, value }) => [interp.str(key), value]) : []);
    return reverse(rootResolver(typeof urlconf === 'string' ? urlconf : rootUrlconf()), viewname, positional, keywords, interp);
  });
  return {
    path: makePath('route', interp),
    re_path: makePath('regex', interp),
    include: include(interp),
    reverse: doReverse,
    // Reversed when first used as a string: views.py names it while the URLconf that imports views.py is still loading.
    reverse_lazy: new PyNativeFunction('reverse_lazy', (args, kwargs) => lazyObject(interp, () => interp.call(doReverse, args, kwargs))),
    resolve: new PyNativeFunction('resolve', ([p, urlconf]) => {
      try {
        const m = resolve(rootResolver(typeof urlconf === 'string' ? urlconf : rootUrlconf()), interp.str(p ?? null), interp);
        const match = new PyInstance(ResolverMatchClass);
        match.dict.set('func', m.func);
        match.dict.set('args', new PyTuple(m.args));
        match.dict.set('kwargs', newDict([...m.kwargs]));
        match.dict.set('url_name', m.urlName);
        match.dict.set('app_name', m.appNames.join(':'));
        match.dict.set('namespace', m.namespaces.join(':'));
        match.dict.set('route', m.route);
        match.dict.set('view_name', [...m.namespaces, m.urlName ?? ''].filter(Boolean).join(':'));
        return match;
      } catch (err) {
        if (err instanceof ResolverError) throw resolver404(err.detail);
        throw err;
      }
    }),
    NoReverseMatch,
    Resolver404,
  };
}
