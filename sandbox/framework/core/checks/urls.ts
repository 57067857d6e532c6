import { PyClass, PyList, PyModule, PyTuple, type Interpreter, type PyValue } from '../../python';
import type { Settings } from '../../conf/settings';
import { rootResolver, urlEntryOf, urlPatterns, type UrlEntry, type UrlPatternData, type UrlResolverData } from '../../urls/resolvers';
import type { Pattern } from '../../urls/patterns';
import { ERROR, WARNING, type CheckMessage } from './messages';

/**
 * django.core.checks.urls: check_url_config (each pattern's own check, importing every
 * URLconf on the way, so that a urls.py naming a missing view fails here, as it fails
 * Django's check and runserver), check_url_namespaces_unique and check_url_settings.
 */
const warning = (msg: string, id: string, hint?: string): CheckMessage => ({ level: WARNING, msg, obj: '?', id, ...(hint ? { hint } : {}) });
const error = (msg: string, id: string, hint?: string): CheckMessage => ({ level: ERROR, msg, obj: '?', id, ...(hint ? { hint } : {}) });

/** CheckURLMixin.describe(). */
function describe(pattern: Pattern, name: string | null): string {
  return `'${pattern.text}'${name ? ` [name='${name}']` : ''}`;
}

/** RoutePattern.check() / RegexPattern.check(). */
function patternChecks(pattern: Pattern, name: string | null, appendSlash: boolean): CheckMessage[] {
  const out: CheckMessage[] = [];
  const regex = pattern.regexText;
  if (appendSlash && (regex.startsWith('/') || regex.startsWith('^/') || regex.startsWith('^\\/')) && !regex.endsWith('/')) {
    out.push(warning(`Your URL pattern ${describe(pattern, name)} has a route beginning with a '/'. Remove this slash as it is unnecessary. If this pattern is targeted in an include(), ensure the include() pattern has a trailing '/'.`, 'urls.W002'));
  }
  if (pattern.kind === 'route') {
    let open = 0;
    for (const bracket of pattern.text.match(/[<>]/g) ?? []) {
      if (bracket === '<') open += 1;
      else if (--open < 0) {
        out.push(warning(`Your URL pattern ${describe(pattern, name)} has an unmatched '>' bracket.`, 'urls.W010'));
        open = 0;
      }
    }
    if (open > 0) out.push(warning(`Your URL pattern ${describe(pattern, name)} has an unmatched '<' bracket.`, 'urls.W010'));
    const route = pattern.text;
    if (route.includes('(?P<') || route.startsWith('^') || route.endsWith('$')) {
      out.push(warning(`Your URL pattern ${describe(pattern, name)} has a route that contains '(?P<', begins with a '^', or ends with a '$'. This was likely an oversight when migrating to django.urls.path().`, '2_0.W001'));
    }
  } else if (!pattern.isEndpoint && regex.endsWith('$') && !regex.endsWith('\\$')) {
    out.push(warning(`Your URL pattern ${describe(pattern, name)} uses include with a route ending with a '$'. Remove the dollar from the route to avoid problems including URLs.`, 'urls.W001'));
  }
  return out;
}

function isViewClass(value: PyValue): value is PyClass {
  return value instanceof PyClass && value.mro.some((c) => c.name === 'View' && c.module === 'django.views.generic.base');
}

/** URLPattern.check(). */
function checkPattern(entry: UrlPatternData, appendSlash: boolean): CheckMessage[] {
  const out: CheckMessage[] = [];
  if (entry.name?.includes(':')) {
    out.push(warning(`Your URL pattern ${describe(entry.pattern, entry.name)} has a name including a ':'. Remove the colon, to avoid ambiguous namespace references.`, 'urls.W003'));
  }
  out.push(...patternChecks(entry.pattern, entry.name, appendSlash));
  if (isViewClass(entry.callback)) {
    const name = entry.callback.name;
    out.push(error(`Your URL pattern ${describe(entry.pattern, entry.name)} has an invalid view, pass ${name}.as_view() instead of ${name}.`, 'urls.E009'));
  }
  return out;
}

/** URLResolver.url_patterns, keeping what is not a pattern for get_warning_for_invalid_pattern. */
function entriesOf(resolver: UrlResolverData, interp: Interpreter): (UrlEntry | PyValue)[] {
  const conf = typeof resolver.urlconf === 'string' ? interp.importModule(resolver.urlconf) : resolver.urlconf;
  const patterns = conf instanceof PyModule ? conf.dict.get('urlpatterns') : conf;
  if (patterns instanceof PyList || patterns instanceof PyTuple) return patterns.items.map((p) => urlEntryOf(p) ?? p);
  if (typeof patterns === 'string') return [...patterns];
  return urlPatterns(resolver, interp);
}

function isEntry(value: UrlEntry | PyValue): value is UrlEntry {
  return typeof value === 'object' && value !== null && 'kind' in value && (value.kind === 'pattern' || value.kind === 'resolver') && 'pattern' in value;
}

/** get_warning_for_invalid_pattern. */
function invalidPattern(value: PyValue, interp: Interpreter): CheckMessage {
  const hint =
    typeof value === 'string'
      ? `Try removing the string '${value}'. The list of urlpatterns should not have a prefix string as the first element.`
      : value instanceof PyTuple
        ? 'Try using path() instead of a tuple.'
        : undefined;
  return error(`Your URL pattern ${interp.repr(value)} is invalid. Ensure that urlpatterns is a list of path() and/or re_path() instances.`, 'urls.E004', hint);
}

/** URLResolver.check(): its patterns' findings, else its own pattern's. */
function checkResolver(resolver: UrlResolverData, interp: Interpreter, appendSlash: boolean): CheckMessage[] {
  const out: CheckMessage[] = [];
  for (const entry of entriesOf(resolver, interp)) {
    if (!isEntry(entry)) out.push(invalidPattern(entry, interp));
    else if (entry.kind === 'pattern') out.push(...checkPattern(entry, appendSlash));
    else out.push(...checkResolver(entry, interp, appendSlash));
  }
  return out.length ? out : patternChecks(resolver.pattern, null, appendSlash);
}

/** _load_all_namespaces. */
function namespaces(resolver: UrlResolverData, interp: Interpreter, parents: string[]): string[] {
  const entries = entriesOf(resolver, interp).filter(isEntry);
  const out: string[] = [];
  for (const e of entries) if (e.kind === 'resolver' && e.namespace !== null) out.push([...parents, e.namespace].join(':'));
  for (const e of entries) if (e.kind === 'resolver') out.push(...namespaces(e, interp, e.namespace !== null ? [...parents, e.namespace] : parents));
  return out;
}

export function checkUrls(interp: Interpreter, settings: Settings): CheckMessage[] {
  const out: CheckMessage[] = [];
  const urlconf = settings.get('ROOT_URLCONF');
  if (urlconf !== undefined && urlconf !== null && interp.truthy(urlconf)) {
    const root = rootResolver(interp.str(urlconf));
    out.push(...checkResolver(root, interp, settings.bool('APPEND_SLASH', true)));
    const seen = new Map<string, number>();
    for (const ns of namespaces(root, interp, [])) seen.set(ns, (seen.get(ns) ?? 0) + 1);
    for (const [ns, count] of seen) if (count > 1) out.push(warning(`URL namespace '${ns}' isn't unique. You may not be able to reverse all URLs in this namespace`, 'urls.W005'));
  }
  for (const name of ['STATIC_URL', 'MEDIA_URL']) {
    const value = settings.get(name);
    if (typeof value === 'string' && value && !value.endsWith('/')) out.push(error(`The ${name} setting must end with a slash.`, 'urls.E006'));
  }
  return out;
}
