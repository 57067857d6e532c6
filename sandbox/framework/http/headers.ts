import { PyClass, PyInstance, PyList, PyNativeFunction, PyTuple, exceptionClass, newDict, newException, objectClass, PyException, type Interpreter, type PyValue } from '../python';

/** django.http.request.HttpHeaders: the request's headers by name, in any case ('content-type', 'Content-Type'). */
export const HttpHeaders = new PyClass('HttpHeaders', [objectClass], 'django.http.request');

interface HeadersData {
  interp: Interpreter;
  /** Title-cased name → value, in the request's order. */
  values: Map<string, string>;
}

const titled = (name: string) => name.toLowerCase().replace(/(^|-)[a-z]/g, (c) => c.toUpperCase());
const dataOf = (self: PyValue): HeadersData => (self as PyInstance).native as HeadersData;

export function makeHeaders(headers: Record<string, string>, interp: Interpreter): PyInstance {
  const h = new PyInstance(HttpHeaders);
  h.native = { interp, values: new Map(Object.entries(headers).map(([k, v]) => [titled(k), v])) } satisfies HeadersData;
  return h;
}

const method = (name: string, body: (data: HeadersData, args: PyValue[]) => PyValue) =>
  HttpHeaders.dict.set(name, new PyNativeFunction(name, ([self, ...args]) => body(dataOf(self ?? null), args)));

const key = (data: HeadersData, k: PyValue | undefined) => titled(typeof k === 'string' ? k : data.interp.str(k ?? null));

method('__getitem__', (data, [k]) => {
  const found = data.values.get(key(data, k));
  // CaseInsensitiveMapping keeps its keys lower-cased: the KeyError names the key so.
  if (found === undefined) throw new PyException(newException(exceptionClass('KeyError'), [typeof k === 'string' ? k.toLowerCase() : (k ?? null)]));
  return found;
});
method('get', (data, [k, fallback]) => data.values.get(key(data, k)) ?? fallback ?? null);
method('__contains__', (data, [k]) => data.values.has(key(data, k)));
method('__len__', (data) => data.values.size);
method('__iter__', (data) => data.interp.call(data.interp.builtins.get('iter')!, [new PyList([...data.values.keys()])]));
method('keys', (data) => new PyList([...data.values.keys()]));
method('values', (data) => new PyList([...data.values.values()]));
method('items', (data) => new PyList([...data.values].map(([k, v]) => new PyTuple([k, v]))));
method('__repr__', (data) => data.interp.repr(newDict([...data.values])));
method('__str__', (data) => data.interp.repr(newDict([...data.values])));
