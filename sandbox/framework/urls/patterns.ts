import { PyException, newException, type PyValue } from '../python';
import { ImproperlyConfigured } from '../core/exceptions';
import { DEFAULT_CONVERTERS, type PathConverter } from './converters';

/**
 * The two kinds of URL pattern text: a path() route (`student/<int:pk>/`) and a re_path()
 * regular expression. Both compile to a JavaScript RegExp; `regexText` is the Python regex
 * Django would build, which its NoReverseMatch messages quote.
 */
export interface Pattern {
  kind: 'route' | 'regex';
  /** What str(pattern) gives: the route or the regex, as written. */
  text: string;
  /** The Python regex (3.2: a route's endpoint ends with `$`). */
  regexText: string;
  regex: RegExp;
  converters: Map<string, PathConverter>;
  isEndpoint: boolean;
}

export interface PatternMatch {
  rest: string;
  args: PyValue[];
  kwargs: Map<string, PyValue>;
}

function improperlyConfigured(message: string): PyException {
  return new PyException(newException(ImproperlyConfigured, [message]));
}

/** Python's re.escape (3.7+): only the characters special in a regex. */
export function pyReEscape(text: string): string {
  return text.replace(/[()[\]{}?*+\-|^$\\.&~# \t\n\r\v\f]/g, (c) => '\\' + c);
}

/** A Python regex as JavaScript reads it: named groups, back-references, \Z and \A. */
export function pythonRegexToJs(source: string): string {
  return source
    .replace(/\(\?P<(\w+)>/g, '(?<$1>')
    .replace(/\(\?P=(\w+)\)/g, '\\k<$1>')
    .replace(/\\Z/g, '$')
    .replace(/\\A/g, '^');
}

const PARAMETER = /<(?:([^>:]+):)?([^>]+)>/g;

/** django.urls.resolvers._route_to_regex, with its ImproperlyConfigured messages. */
export function routePattern(route: string, isEndpoint: boolean): Pattern {
  const converters = new Map<string, PathConverter>();
  let regexText = '^';
  let last = 0;
  for (const m of route.matchAll(PARAMETER)) {
    regexText += pyReEscape(route.slice(last, m.index));
    last = m.index + m[0].length;
    const [, converterName = 'str', parameter = ''] = m;
    if (!/^[A-Za-z_]\w*$/.test(parameter)) {
      throw improperlyConfigured(`URL route '${route}' uses parameter name '${parameter}' which isn't a valid Python identifier.`);
    }
    const converter = DEFAULT_CONVERTERS[converterName];
    if (!converter) throw improperlyConfigured(`URL route '${route}' uses invalid converter '${converterName}'.`);
    converters.set(parameter, converter);
    regexText += `(?P<${parameter}>${converter.regex})`;
  }
  regexText += pyReEscape(route.slice(last));
  if (isEndpoint) regexText += '\\Z';
  return { kind: 'route', text: route, regexText, regex: new RegExp(pythonRegexToJs(regexText)), converters, isEndpoint };
}

export function regexPattern(source: string, isEndpoint: boolean): Pattern {
  let regex: RegExp;
  try {
    regex = new RegExp(pythonRegexToJs(source));
  } catch (err) {
    throw improperlyConfigured(`"${source}" is not a valid regular expression: ${err instanceof Error ? err.message : String(err)}`);
  }
  return { kind: 'regex', text: source, regexText: source, regex, converters: new Map(), isEndpoint };
}

/** RoutePattern.match / RegexPattern.match: the rest of the path and the view's arguments, or null. */
export function matchPattern(pattern: Pattern, path: string): PatternMatch | null {
  const m = pattern.regex.exec(path);
  if (!m) return null;
  // A re_path endpoint ending with `$` must match the whole path (Django uses fullmatch).
  if (pattern.kind === 'regex' && pattern.isEndpoint && pattern.text.endsWith('$') && (m.index !== 0 || m[0].length !== path.length)) return null;
  const groups = m.groups ?? {};
  const kwargs = new Map<string, PyValue>();
  for (const [key, value] of Object.entries(groups)) {
    if (value === undefined) continue;
    const converter = pattern.converters.get(key);
    if (!converter) {
      kwargs.set(key, value);
      continue;
    }
    try {
      kwargs.set(key, converter.toPython(value));
    } catch (err) {
      if (err instanceof PyException && err.exc.cls.name === 'ValueError') return null;
      throw err;
    }
  }
  const args = Object.keys(groups).length ? [] : m.slice(1).map((g) => (g === undefined ? null : g));
  return { rest: path.slice(m.index + m[0].length), args, kwargs };
}
