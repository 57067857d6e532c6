import { PyClass, PyDict, PyException, PyInstance, PyList, PyModule, PyTuple, exceptionClass, newException, objectClass, type Interpreter, type PyValue } from '../python';
import { ImproperlyConfigured } from '../core/exceptions';
import { Http404 } from '../http/exceptions';
import { matchPattern, regexPattern, type Pattern } from './patterns';

/** What path()/re_path() give for a view: django.urls.resolvers.URLPattern. */
export interface UrlPatternData {
  kind: 'pattern';
  pattern: Pattern;
  callback: PyValue;
  defaultArgs: Map<string, PyValue>;
  name: string | null;
}

/** What path()/re_path() give for include(): django.urls.resolvers.URLResolver. */
export interface UrlResolverData {
  kind: 'resolver';
  pattern: Pattern;
  /** A module name, a module, or the list of patterns itself. */
  urlconf: PyValue;
  defaultKwargs: Map<string, PyValue>;
  appName: string | null;
  namespace: string | null;
}

export type UrlEntry = UrlPatternData | UrlResolverData;

export const URLPattern = new PyClass('URLPattern', [objectClass], 'django.urls.resolvers');
export const URLResolver = new PyClass('URLResolver', [objectClass], 'django.urls.resolvers');
export const Resolver404 = new PyClass('Resolver404', [Http404], 'django.urls.exceptions');
export const NoReverseMatch = new PyClass('NoReverseMatch', [exceptionClass('Exception')], 'django.urls.exceptions');

export function urlEntryOf(value: PyValue): UrlEntry | null {
  return value instanceof PyInstance && (value.cls === URLPattern || value.cls === URLResolver) ? (value.native as UrlEntry) : null;
}

export function wrapEntry(entry: UrlEntry): PyInstance {
  const instance = new PyInstance(entry.kind === 'pattern' ? URLPattern : URLResolver);
  instance.native = entry;
  // What learners (and the debug page) read from a pattern.
  instance.dict.set('pattern', entry.pattern.text);
  if (entry.kind === 'pattern') {
    instance.dict.set('name', entry.name);
    instance.dict.set('callback', entry.callback);
  } else {
    instance.dict.set('app_name', entry.appName);
    instance.dict.set('namespace', entry.namespace);
  }
  return instance;
}

/** A successful resolve(): django.urls.ResolverMatch. */
export interface ResolverMatch {
  func: PyValue;
  args: PyValue[];
  kwargs: Map<string, PyValue>;
  urlName: string | null;
  appNames: string[];
  namespaces: string[];
  route: string;
  tried: UrlEntry[][];
}

/** Resolver404's payload: the path left to match and every chain of patterns tried. */
export interface NotResolved {
  path: string;
  tried: UrlEntry[][] | null;
}

export class ResolverError extends Error {
  constructor(readonly detail: NotResolved) {
    super(`Resolver404: ${detail.path}`);
  }
}

/** The root resolver of ROOT_URLCONF: pattern `^/`, as Django's get_resolver() makes it. */
export function rootResolver(urlconf: string): UrlResolverData {
  return { kind: 'resolver', pattern: regexPattern('^/', false), urlconf, defaultKwargs: new Map(), appName: null, namespace: null };
}

/** URLResolver.url_patterns: the included module's `urlpatterns` (or the list itself). */
export function urlPatterns(resolver: UrlResolverData, interp: Interpreter): UrlEntry[] {
  const conf = typeof resolver.urlconf === 'string' ? interp.importModule(resolver.urlconf) : resolver.urlconf;
  const patterns = conf instanceof PyModule ? conf.dict.get('urlpatterns') : conf;
  const name = typeof resolver.urlconf === 'string' ? resolver.urlconf : conf instanceof PyModule ? conf.name : interp.repr(conf ?? null);
  if (!(patterns instanceof PyList || patterns instanceof PyTuple)) {
    throw new PyException(
      newException(ImproperlyConfigured, [
        `The included URLconf '${name}' does not appear to have any patterns in it. If you see the 'urlpatterns' variable with valid patterns in the file then the issue is probably caused by a circular import.`,
      ]),
    );
  }
  return patterns.items.map((p) => {
    const entry = urlEntryOf(p);
    if (!entry) throw new PyException(newException(ImproperlyConfigured, [`The included URLconf '${name}' does not appear to have any patterns in it.`]));
    return entry;
  });
}

/** URLResolver.resolve: the view for `path`, or a ResolverError listing what was tried. */
export function resolve(resolver: UrlResolverData, path: string, interp: Interpreter): ResolverMatch {
  const match = matchPattern(resolver.pattern, path);
  if (!match) throw new ResolverError({ path, tried: null });
  const tried: UrlEntry[][] = [];
  const extend = (entry: UrlEntry, sub: UrlEntry[][] | null) => {
    if (sub === null) tried.push([entry]);
    else for (const t of sub) tried.push([entry, ...t]);
  };
  for (const entry of urlPatterns(resolver, interp)) {
    if (entry.kind === 'pattern') {
      const m = matchPattern(entry.pattern, match.rest);
      if (!m) {
        tried.push([entry]);
        continue;
      }
      const kwargs = new Map([...match.kwargs, ...resolver.defaultKwargs, ...m.kwargs, ...entry.defaultArgs]);
      tried.push([entry]);
      return {
        func: entry.callback,
        args: kwargs.size ? [] : [...match.args, ...m.args],
        kwargs,
        urlName: entry.name,
        appNames: resolver.appName ? [resolver.appName] : [],
        namespaces: resolver.namespace ? [resolver.namespace] : [],
        route: entry.pattern.text,
        tried,
      };
    }
    let sub: ResolverMatch;
    try {
      sub = resolve(entry, match.rest, interp);
    } catch (err) {
      if (err instanceof ResolverError) {
        extend(entry, err.detail.tried);
        continue;
      }
      throw err;
    }
    const kwargs = new Map([...match.kwargs, ...resolver.defaultKwargs, ...sub.kwargs]);
    extend(entry, sub.tried);
    return {
      ...sub,
      args: kwargs.size ? [] : [...match.args, ...sub.args],
      kwargs,
      appNames: [...(resolver.appName ? [resolver.appName] : []), ...sub.appNames],
      namespaces: [...(resolver.namespace ? [resolver.namespace] : []), ...sub.namespaces],
      route: entry.pattern.text + sub.route,
      tried,
    };
  }
  throw new ResolverError({ path: match.rest, tried });
}

/** The Python exception Django raises for a path nothing matches: Resolver404({'tried': ..., 'path': ...}). */
export function resolver404(detail: NotResolved): PyException {
  const payload = new PyDict();
  const err = new PyException(newException(Resolver404, [payload]));
  err.exc.native = detail;
  return err;
}

/** The "tried" chains and the path a Resolver404 carries (null for a 404 a view raised). */
export function notResolvedOf(exc: PyInstance): NotResolved | null {
  return exc.cls.isSubclassOf(Resolver404) && exc.native ? (exc.native as NotResolved) : null;
}
