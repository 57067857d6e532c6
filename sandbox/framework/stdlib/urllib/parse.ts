import { PyList, PyNativeFunction, PyTuple, pyError, typeName, type Interpreter, type Kwargs, type PyValue } from '../../python';
import { PyBytes } from '../../python/bytes';
import { isIntegral, toBig } from '../../python/big-int';
import { parseQs, parseQsl, quote, quoteFromBytes, quotePlus, unquote, unquotePlus, unquoteToBytes, urlencode, type QsOptions } from './quoting';
import { makeResult, resultKind } from './results';
import { USES_NETLOC, USES_PARAMS, USES_RELATIVE, urljoin, urlparse, urlsplit, urlunparse, urlunsplit, type Parsed, type Split } from './split';

/** `import urllib.parse`: str URLs (bytes URLs are left out: Django's code and the course use str). */
function text(value: PyValue | undefined, what = 'url'): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (value instanceof PyBytes) throw pyError('NotImplementedError', `urllib.parse with bytes ${what}s is not available in the sandbox's Python`);
  throw pyError('TypeError', `Cannot mix str and non-str arguments`);
}

function flag(value: PyValue | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  return !(value === null || value === false || value === 0 || value === '');
}

function param(args: PyValue[], kwargs: Kwargs, index: number, name: string): PyValue | undefined {
  return args[index] ?? kwargs.get(name);
}

function strParts(interp: Interpreter, value: PyValue | undefined, count: number): string[] {
  const items = interp.iterate(value ?? null);
  if (items.length !== count) throw pyError('ValueError', `${items.length > count ? 'too many values to unpack' : 'not enough values to unpack'} (expected ${count}, got ${items.length})`);
  return items.map((v) => (v === null ? '' : text(v)));
}

function qsOptions(args: PyValue[], kwargs: Kwargs): QsOptions {
  const max = param(args, kwargs, 5, 'max_num_fields');
  return {
    keepBlank: flag(param(args, kwargs, 1, 'keep_blank_values'), false),
    strict: flag(param(args, kwargs, 2, 'strict_parsing'), false),
    encoding: param(args, kwargs, 3, 'encoding'),
    errors: param(args, kwargs, 4, 'errors'),
    maxFields: max === undefined || max === null ? null : isIntegral(max) ? Number(toBig(max)) : null,
    separator: param(args, kwargs, 6, 'separator') ?? '&',
  };
}

export function urllibParseModule(interp: Interpreter): Record<string, PyValue> {
  const fn = (name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue) => new PyNativeFunction(name, body);
  const ParseResult = resultKind(interp, 'ParseResult', ['scheme', 'netloc', 'path', 'params', 'query', 'fragment'], (items) => urlunparse(items.map((v) => text(v)) as Parsed), true);
  const SplitResult = resultKind(interp, 'SplitResult', ['scheme', 'netloc', 'path', 'query', 'fragment'], (items) => urlunsplit(items.map((v) => text(v)) as Split), true);
  const DefragResult = resultKind(interp, 'DefragResult', ['url', 'fragment'], (items) => {
    const [url, fragment] = items.map((v) => text(v));
    return fragment ? `${url}#${fragment}` : url!;
  }, false);
  const quoteVia = fn('quote_plus', (args, kwargs) => quotePlus(args[0], param(args, kwargs, 1, 'safe') ?? '', param(args, kwargs, 2, 'encoding')));
  return {
    quote: fn('quote', (args, kwargs) => quote(args[0] ?? kwargs.get('string'), param(args, kwargs, 1, 'safe') ?? '/', param(args, kwargs, 2, 'encoding'))),
    quote_plus: quoteVia,
    quote_from_bytes: fn('quote_from_bytes', (args, kwargs) => {
      const data = args[0];
      if (!(data instanceof PyBytes)) throw pyError('TypeError', 'quote_from_bytes() expected bytes');
      return quoteFromBytes(data.data, param(args, kwargs, 1, 'safe') ?? '/');
    }),
    unquote: fn('unquote', (args, kwargs) => unquote(args[0] ?? kwargs.get('string'), param(args, kwargs, 1, 'encoding') ?? 'utf-8', param(args, kwargs, 2, 'errors') ?? 'replace')),
    unquote_plus: fn('unquote_plus', (args, kwargs) => unquotePlus(args[0] ?? kwargs.get('string'), param(args, kwargs, 1, 'encoding'), param(args, kwargs, 2, 'errors'))),
    unquote_to_bytes: fn('unquote_to_bytes', ([s]) => {
      if (typeof s === 'string') return new PyBytes(unquoteToBytes(s));
      if (s instanceof PyBytes) return new PyBytes(unquoteToBytes(s.data));
      throw pyError('TypeError', `a bytes-like object is required, not '${typeName(s ?? null)}'`);
    }),
    urlencode: fn('urlencode', (args, kwargs) =>
      urlencode(
        interp,
        args[0] ?? kwargs.get('query') ?? null,
        flag(param(args, kwargs, 1, 'doseq'), false),
        param(args, kwargs, 2, 'safe') ?? '',
        param(args, kwargs, 3, 'encoding') ?? null,
        param(args, kwargs, 4, 'errors') ?? null,
        param(args, kwargs, 5, 'quote_via') ?? quoteVia,
      )),
    parse_qs: fn('parse_qs', (args, kwargs) => parseQs(args[0] ?? kwargs.get('qs') ?? null, qsOptions(args, kwargs))),
    parse_qsl: fn('parse_qsl', (args, kwargs) => new PyList(parseQsl(args[0] ?? kwargs.get('qs') ?? null, qsOptions(args, kwargs)).map((pair) => new PyTuple(pair)))),
    urlparse: fn('urlparse', (args, kwargs) =>
      makeResult(ParseResult, urlparse(text(args[0] ?? kwargs.get('url')), text(param(args, kwargs, 1, 'scheme'), 'scheme'), flag(param(args, kwargs, 2, 'allow_fragments'), true)))),
    urlsplit: fn('urlsplit', (args, kwargs) =>
      makeResult(SplitResult, urlsplit(text(args[0] ?? kwargs.get('url')), text(param(args, kwargs, 1, 'scheme'), 'scheme'), flag(param(args, kwargs, 2, 'allow_fragments'), true)))),
    urlunparse: fn('urlunparse', ([parts]) => urlunparse(strParts(interp, parts, 6) as Parsed)),
    urlunsplit: fn('urlunsplit', ([parts]) => urlunsplit(strParts(interp, parts, 5) as Split)),
    urljoin: fn('urljoin', (args, kwargs) => urljoin(text(args[0] ?? kwargs.get('base')), text(args[1] ?? kwargs.get('url')), flag(param(args, kwargs, 2, 'allow_fragments'), true))),
    urldefrag: fn('urldefrag', ([u]) => {
      const url = text(u);
      if (!url.includes('#')) return makeResult(DefragResult, [url, '']);
      const [s, n, p, a, q, frag] = urlparse(url);
      return makeResult(DefragResult, [urlunparse([s, n, p, a, q, '']), frag]);
    }),
    ParseResult: ParseResult.cls,
    SplitResult: SplitResult.cls,
    DefragResult: DefragResult.cls,
    uses_relative: new PyList([...USES_RELATIVE]),
    uses_netloc: new PyList([...USES_NETLOC]),
    uses_params: new PyList([...USES_PARAMS]),
  };
}
