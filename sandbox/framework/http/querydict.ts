import { PyClass, PyDict, PyException, PyInstance, PyList, PyNativeFunction, PyTuple, exceptionClass, newDict, newException, objectClass, pyError, type Interpreter, type Kwargs, type PyValue } from '../python';

/** django.utils.datastructures.MultiValueDictKeyError: what request.POST['missing'] raises (a KeyError). */
export const MultiValueDictKeyError = new PyClass('MultiValueDictKeyError', [exceptionClass('KeyError')], 'django.utils.datastructures');

interface QueryData {
  values: Map<string, string[]>;
  mutable: boolean;
}

let currentInterp: Interpreter | null = null;
/** The interpreter whose values QueryDicts hold (the one running the project). */
export function bindQueryDictInterpreter(interp: Interpreter) {
  currentInterp = interp;
}

/** application/x-www-form-urlencoded → each key's values in order (blank values kept, as parse_qsl(keep_blank_values=True)). */
export function parseQuery(query: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const [k, v] of new URLSearchParams(query)) values.set(k, [...(values.get(k) ?? []), v]);
  return values;
}

/** urllib.parse.quote / quote_plus: letters, digits and `_.-~` stay, and whatever `safe` lists. */
export function urlQuote(text: string, safe = '/', plus = false): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9_.\-~]/.test(c) || safe.includes(c)) out += c;
    else if (plus && c === ' ') out += '+';
    else out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** django.http.QueryDict: each key keeps every value given; `[key]` and `.get()` give the last. */
export const QueryDict = new PyClass('QueryDict', [objectClass], 'django.http.request', {
  construct: (cls, args, kwargs) => {
    const query = kwargs.get('query_string') ?? args[0] ?? null;
    const mutable = kwargs.get('mutable') ?? args[1] ?? false;
    return makeQueryDict(parseQuery(query === null ? '' : String(query)), mutable === true, cls);
  },
});

export function makeQueryDict(values: Map<string, string[]>, mutable = false, cls: PyClass = QueryDict): PyInstance {
  const q = new PyInstance(cls);
  q.native = { values, mutable } satisfies QueryData;
  return q;
}

const dataOf = (self: PyValue): QueryData => (self as PyInstance).native as QueryData;
const interp = (): Interpreter => {
  if (!currentInterp) throw new Error('QueryDict used before django.http was imported');
  return currentInterp;
};
const key = (k: PyValue | undefined): string => (typeof k === 'string' ? k : interp().str(k ?? null));

function mutating(data: QueryData) {
  if (!data.mutable) throw pyError('AttributeError', 'This QueryDict instance is immutable');
}

const qmethod = (name: string, fn: (data: QueryData, args: PyValue[], kwargs: Kwargs, self: PyInstance) => PyValue) =>
  QueryDict.dict.set(name, new PyNativeFunction(name, ([self, ...args], kwargs) => fn(dataOf(self ?? null), args, kwargs, self as PyInstance)));

const last = (list: string[] | undefined): PyValue => (list?.length ? list[list.length - 1]! : new PyList([]));

qmethod('__getitem__', ({ values }, [k]) => {
  const list = values.get(key(k));
  if (list === undefined) throw new PyException(newException(MultiValueDictKeyError, [k ?? null]));
  return last(list);
});
qmethod('__setitem__', (data, [k, v]) => (mutating(data), data.values.set(key(k), [interp().str(v ?? null)]), null));
qmethod('__delitem__', (data, [k]) => {
  mutating(data);
  if (!data.values.delete(key(k))) throw new PyException(newException(exceptionClass('KeyError'), [k ?? null]));
  return null;
});
qmethod('get', ({ values }, [k, fallback]) => {
  const list = values.get(key(k));
  return list === undefined ? (fallback ?? null) : last(list);
});
qmethod('getlist', ({ values }, [k, fallback]) => {
  const list = values.get(key(k));
  return list === undefined ? (fallback === undefined || fallback === null ? new PyList([]) : fallback) : new PyList([...list]);
});
qmethod('setlist', (data, [k, list]) => (mutating(data), data.values.set(key(k), interp().iterate(list ?? null).map((v) => interp().str(v))), null));
qmethod('appendlist', (data, [k, v]) => {
  mutating(data);
  data.values.set(key(k), [...(data.values.get(key(k)) ?? []), interp().str(v ?? null)]);
  return null;
});
qmethod('setdefault', (data, [k, fallback]) => {
  mutating(data);
  if (!data.values.has(key(k))) data.values.set(key(k), [interp().str(fallback ?? null)]);
  return last(data.values.get(key(k)));
});
qmethod('pop', (data, [k, fallback]) => {
  mutating(data);
  const list = data.values.get(key(k));
  if (list === undefined) {
    if (fallback !== undefined) return fallback;
    throw new PyException(newException(exceptionClass('KeyError'), [k ?? null]));
  }
  data.values.delete(key(k));
  return new PyList([...list]);
});
qmethod('clear', (data) => (mutating(data), data.values.clear(), null));
qmethod('update', (data, [other]) => {
  mutating(data);
  const add = (k: string, v: PyValue) => data.values.set(k, [...(data.values.get(k) ?? []), interp().str(v)]);
  if (other instanceof PyInstance && other.cls.isSubclassOf(QueryDict)) for (const [k, l] of dataOf(other).values) l.forEach((v) => add(k, v));
  else if (other instanceof PyDict) for (const { key: k, value } of other.entries.values()) add(key(k), value);
  return null;
});
qmethod('copy', ({ values }) => makeQueryDict(new Map([...values].map(([k, l]) => [k, [...l]])), true));
qmethod('__copy__', ({ values }) => makeQueryDict(new Map([...values].map(([k, l]) => [k, [...l]])), true));
qmethod('__deepcopy__', ({ values }) => makeQueryDict(new Map([...values].map(([k, l]) => [k, [...l]])), true));
qmethod('__contains__', ({ values }, [k]) => values.has(key(k)));
qmethod('__len__', ({ values }) => values.size);
qmethod('__bool__', ({ values }) => values.size > 0);
qmethod('__iter__', ({ values }) => interp().call(interp().builtins.get('iter')!, [new PyList([...values.keys()])]));
qmethod('keys', ({ values }) => new PyList([...values.keys()]));
qmethod('values', ({ values }) => new PyList([...values.values()].map((l) => last(l))));
qmethod('items', ({ values }) => new PyList([...values].map(([k, l]) => new PyTuple([k, last(l)]))));
qmethod('lists', ({ values }) => new PyList([...values].map(([k, l]) => new PyTuple([k, new PyList([...l])]))));
qmethod('dict', ({ values }) => newDict([...values].map(([k, l]) => [k, last(l)])));
qmethod('urlencode', ({ values }, [safeArg], kwargs) => {
  const safe = kwargs.get('safe') ?? safeArg ?? null;
  const pairs = [...values].flatMap(([k, l]) => l.map((v) => [k, v] as const));
  return pairs.map(([k, v]) => (typeof safe === 'string' && safe ? `${urlQuote(k, safe)}=${urlQuote(v, safe)}` : `${urlQuote(k, '', true)}=${urlQuote(v, '', true)}`)).join('&');
});
qmethod('__repr__', ({ values }, _args, _kw, self) => `<${self.cls.name}: {${[...values].map(([k, l]) => `${interp().repr(k)}: ${interp().repr(new PyList(l))}`).join(', ')}}>`);
qmethod('__str__', ({ values }, _args, _kw, self) => `<${self.cls.name}: {${[...values].map(([k, l]) => `${interp().repr(k)}: ${interp().repr(new PyList(l))}`).join(', ')}}>`);
