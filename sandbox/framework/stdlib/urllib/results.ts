import { PyClass, PyInstance, PyNativeFunction, PyTuple, newDict, objectClass, pyError, typeName, type Interpreter, type PyValue } from '../../python';
import { iteratorObject } from '../../python/iteration';

/**
 * urlparse's, urlsplit's and urldefrag's results: named tuples of strings with geturl(),
 * `_replace`, and (for the first two) the netloc's parts as attributes.
 */
export interface ResultKind {
  cls: PyClass;
  fields: string[];
  geturl(items: PyValue[]): string;
}

function itemsOf(self: PyValue | undefined): PyValue[] {
  if (self instanceof PyInstance && Array.isArray(self.native)) return self.native as PyValue[];
  throw pyError('TypeError', `descriptor requires a urllib.parse result but received a '${typeName(self ?? null)}'`);
}

function netlocOf(self: PyInstance, kind: ResultKind): string {
  const v = (self.native as PyValue[])[kind.fields.indexOf('netloc')];
  return typeof v === 'string' ? v : '';
}

function partition(s: string, sep: string, fromRight = false): [string, boolean, string] {
  const at = fromRight ? s.lastIndexOf(sep) : s.indexOf(sep);
  if (at < 0) return fromRight ? ['', false, s] : [s, false, ''];
  return [s.slice(0, at), true, s.slice(at + sep.length)];
}

/** username, password, hostname and port, read off the netloc as CPython reads them. */
function netlocAttr(netloc: string, name: string, hasNetloc: boolean): PyValue | undefined {
  if (name === 'username' || name === 'password') {
    const [userinfo, haveInfo] = partition(netloc, '@', true);
    if (!haveInfo) return null;
    const [username, havePassword, password] = partition(userinfo, ':');
    return name === 'username' ? username : havePassword ? password : null;
  }
  if (name !== 'hostname' && name !== 'port') return undefined;
  if (!hasNetloc) return undefined;
  const hostinfo = partition(netloc, '@', true)[2];
  let hostname: string;
  let port: string;
  const [, openBracket, bracketed] = partition(hostinfo, '[');
  if (openBracket) {
    const [host, , rest] = partition(bracketed, ']');
    hostname = host;
    port = partition(rest, ':')[2];
  } else [hostname, , port] = partition(hostinfo, ':');
  if (name === 'hostname') {
    if (!hostname) return null;
    const [host, percent, zone] = partition(hostname, '%');
    return host.toLowerCase() + (percent ? '%' : '') + zone;
  }
  if (!port) return null;
  if (!/^[0-9]+$/.test(port)) throw pyError('ValueError', `Port could not be cast to integer value as '${port}'`);
  const n = Number(port);
  if (n > 65535) throw pyError('ValueError', 'Port out of range 0-65535');
  return n;
}

export function resultKind(interp: Interpreter, name: string, fields: string[], geturl: (items: PyValue[]) => string, withNetloc: boolean): ResultKind {
  const kind: ResultKind = {
    cls: new PyClass(name, [objectClass], 'urllib.parse', {
      construct: (cls, args, kwargs) => {
        const items = fields.map((f, i) => args[i] ?? kwargs.get(f));
        const missing = fields.filter((_, i) => items[i] === undefined);
        if (missing.length) {
          const names = missing.map((m) => `'${m}'`);
          const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
          throw pyError('TypeError', `${name}.__new__() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`);
        }
        return makeResult(kind, items as PyValue[], cls);
      },
      getAttr: (self, attr) => {
        const at = fields.indexOf(attr);
        if (at >= 0) return (self.native as PyValue[])[at];
        if (attr === '_fields') return new PyTuple(fields);
        return withNetloc ? netlocAttr(netlocOf(self, kind), attr, true) : undefined;
      },
    }),
    fields,
    geturl,
  };
  const def = (method: string, body: (items: PyValue[], args: PyValue[], self: PyInstance, kwargs: Map<string, PyValue>) => PyValue) =>
    kind.cls.dict.set(method, new PyNativeFunction(method, ([self, ...args], kwargs) => body(itemsOf(self), args, self as PyInstance, kwargs)));
  const tuple = (items: PyValue[]) => new PyTuple(items);
  def('__repr__', (items, _a, self) => `${self.cls.name}(${fields.map((f, i) => `${f}=${interp.repr(items[i]!)}`).join(', ')})`);
  def('__len__', (items) => items.length);
  def('__getitem__', (items, [key]) => interp.getItem(tuple(items), key ?? null));
  def('__iter__', (items) => iteratorObject('tuple_iterator', items[Symbol.iterator]()));
  def('__contains__', (items, [x]) => items.some((v) => interp.equal(v, x ?? null)));
  const equal = (items: PyValue[], other: PyValue | undefined) => {
    const theirs = other instanceof PyTuple ? other.items : other instanceof PyInstance && Array.isArray(other.native) ? (other.native as PyValue[]) : null;
    return theirs !== null && interp.equal(tuple(items), tuple([...theirs]));
  };
  def('__eq__', (items, [other]) => equal(items, other));
  def('__ne__', (items, [other]) => !equal(items, other));
  def('__hash__', (items) => interp.call(interp.builtins.get('hash')!, [tuple(items)]));
  def('__add__', (items, [other]) => tuple([...items, ...interp.iterate(other ?? null)]));
  def('count', (items, [x]) => items.filter((v) => interp.equal(v, x ?? null)).length);
  def('index', (items, [x]) => {
    const at = items.findIndex((v) => interp.equal(v, x ?? null));
    if (at < 0) throw pyError('ValueError', 'tuple.index(x): x not in tuple');
    return at;
  });
  def('geturl', (items) => geturl(items));
  def('_asdict', (items) => newDict(fields.map((f, i) => [f, items[i]!])));
  def('_replace', (items, _a, self, kwargs) => {
    const next = [...items];
    for (const [k, v] of kwargs) {
      const at = fields.indexOf(k);
      if (at < 0) throw pyError('ValueError', `Got unexpected field names: ['${k}']`);
      next[at] = v;
    }
    return makeResult(kind, next, self.cls);
  });
  kind.cls.dict.set('_fields', new PyTuple(fields));
  return kind;
}

export function makeResult(kind: ResultKind, items: PyValue[], cls: PyClass = kind.cls): PyInstance {
  const instance = new PyInstance(cls);
  instance.native = items;
  return instance;
}
