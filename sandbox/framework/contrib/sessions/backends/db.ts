import { PyClass, PyDict, PyException, PyInstance, PyNativeFunction, PyFloat, dictGet, exceptionClass, newException, objectClass, type Interpreter, type PyValue } from '../../../python';
import type { DatabaseWrapper } from '../../../db/backends/sqlite3/base';
import { BadSignature, dumps, loads } from '../../../core/signing';
import { randomString } from '../../../utils/crypto';
import { logSecurity } from '../../../utils/log';

/**
 * django.contrib.sessions.backends.db.SessionStore: a dict-like object whose data is one row
 * of django_session, the data signed with SECRET_KEY (signing.dumps, compressed) under the salt
 * 'django.contrib.sessions.SessionStore', so that real Django reads what the sandbox writes.
 */
const VALID_KEY_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';
const KEY_SALT = 'django.contrib.sessions.SessionStore';

export interface SessionOptions {
  interp: Interpreter;
  db: () => DatabaseWrapper;
  secretKey: string;
  /** SESSION_COOKIE_AGE, seconds. */
  cookieAge: number;
  expireAtBrowserClose: boolean;
}

interface SessionData {
  options: SessionOptions;
  key: string | null;
  cache: PyDict | null;
}

export const SessionStore = new PyClass('SessionStore', [objectClass], 'django.contrib.sessions.backends.db');
export const UpdateError = new PyClass('UpdateError', [exceptionClass('Exception')], 'django.contrib.sessions.backends.base');

export function makeSession(key: string | null, options: SessionOptions): PyInstance {
  const session = new PyInstance(SessionStore);
  session.native = { options, key: key && key.length >= 8 && /^[a-z0-9]+$/.test(key) ? key : null, cache: null } satisfies SessionData;
  session.dict.set('accessed', false);
  session.dict.set('modified', false);
  return session;
}

const dataOf = (self: PyValue): SessionData => (self as PyInstance).native as SessionData;

/** expire_date as Django's SQLite backend stores a naive UTC datetime. */
function sqlDate(seconds: number): string {
  const iso = new Date(seconds * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}000`;
}

export function decodeSession(text: string, options: SessionOptions): PyDict {
  try {
    const value = loads(text, options.interp, options.secretKey, KEY_SALT);
    return value instanceof PyDict ? value : new PyDict();
  } catch (err) {
    if (!(err instanceof PyException) || !err.exc.cls.isSubclassOf(BadSignature)) throw err;
    logSecurity('Session data corrupted');
    return new PyDict();
  }
}

export function encodeSession(data: PyDict, options: SessionOptions): string {
  return dumps(data, options.interp, options.secretKey, KEY_SALT, true);
}

/** _get_session: the data, loaded from the row on first use (accessing marks the session accessed). */
export function sessionDict(self: PyInstance, noLoad = false): PyDict {
  self.dict.set('accessed', true);
  const data = dataOf(self);
  if (data.cache) return data.cache;
  if (data.key === null || noLoad) return (data.cache = new PyDict());
  const rows = data.options.db().query('SELECT "session_data" FROM "django_session" WHERE "session_key" = ? AND "expire_date" > ?', [data.key, sqlDate(Date.now() / 1000)]);
  if (!rows.length) {
    data.key = null;
    return (data.cache = new PyDict());
  }
  return (data.cache = decodeSession(String(rows[0]![0]), data.options));
}

function expiryAge(self: PyInstance): number {
  const expiry = dictGet(sessionDict(self), '_session_expiry');
  if (expiry === undefined || expiry === null) return dataOf(self).options.cookieAge;
  if (typeof expiry === 'number') return expiry;
  if (expiry instanceof PyFloat) return Math.trunc(expiry.value);
  // A datetime as set_expiry() stores it: an ISO string.
  return Math.max(0, Math.round((Date.parse(String(expiry)) - Date.now()) / 1000));
}

export function expireAtBrowserClose(self: PyInstance): boolean {
  const expiry = dictGet(sessionDict(self), '_session_expiry');
  if (expiry === undefined || expiry === null) return dataOf(self).options.expireAtBrowserClose;
  return expiry === 0;
}

function exists(db: DatabaseWrapper, key: string): boolean {
  return db.query('SELECT 1 FROM "django_session" WHERE "session_key" = ?', [key]).length > 0;
}

/** save(): the row written (inserted for a new key), expire_date SESSION_COOKIE_AGE ahead. */
export function saveSession(self: PyInstance, mustCreate = false): void {
  const data = dataOf(self);
  if (data.key === null) return createSession(self);
  const db = data.options.db();
  const encoded = encodeSession(sessionDict(self, mustCreate), data.options);
  const expire = sqlDate(Date.now() / 1000 + expiryAge(self));
  if (mustCreate) {
    db.execute('INSERT INTO "django_session" ("session_key", "session_data", "expire_date") VALUES (?, ?, ?)', [data.key, encoded, expire]);
  } else if (exists(db, data.key)) {
    db.execute('UPDATE "django_session" SET "session_data" = ?, "expire_date" = ? WHERE "session_key" = ?', [encoded, expire, data.key]);
  } else {
    throw new PyException(newException(UpdateError, []));
  }
}

function createSession(self: PyInstance): void {
  const data = dataOf(self);
  const db = data.options.db();
  do data.key = randomString(32, VALID_KEY_CHARS);
  while (exists(db, data.key));
  saveSession(self, true);
  self.dict.set('modified', true);
}

function deleteSession(self: PyInstance, key: string | null = dataOf(self).key): void {
  if (key !== null) dataOf(self).options.db().execute('DELETE FROM "django_session" WHERE "session_key" = ?', [key]);
}

/** flush(): the data and the row gone, and a new key to come (logout). */
export function flushSession(self: PyInstance): void {
  const data = dataOf(self);
  data.cache = new PyDict();
  self.dict.set('accessed', true);
  self.dict.set('modified', true);
  deleteSession(self);
  data.key = null;
}

/** cycle_key(): the same data under a new key, the old row deleted (login). */
export function cycleKey(self: PyInstance): void {
  const data = dataOf(self);
  const cache = sessionDict(self);
  const old = data.key;
  createSession(self);
  data.cache = cache;
  if (old) deleteSession(self, old);
}

export function sessionKey(self: PyInstance): string | null {
  return dataOf(self).key;
}

export function isEmpty(self: PyInstance): boolean {
  const data = dataOf(self);
  return !data.key && (data.cache === null || data.cache.entries.size === 0);
}

const sessionMethod = (name: string, body: (self: PyInstance, args: PyValue[], interp: Interpreter) => PyValue) =>
  SessionStore.dict.set(name, new PyNativeFunction(name, ([self, ...args]) => body(self as PyInstance, args, dataOf(self ?? null).options.interp)));

/** Reads that go straight to the data's dict. */
for (const name of ['get', 'keys', 'values', 'items']) {
  sessionMethod(name, (self, args, interp) => interp.call(interp.getAttr(sessionDict(self), name), args));
}
sessionMethod('__getitem__', (self, [key], interp) => interp.getItem(sessionDict(self), key ?? null));
sessionMethod('__contains__', (self, [key], interp) => interp.contains(sessionDict(self), key ?? null));
sessionMethod('__len__', (self) => sessionDict(self).entries.size);
sessionMethod('__iter__', (self, _args, interp) => interp.call(interp.builtins.get('iter')!, [sessionDict(self)]));
/** Writes: the data's dict changes and the session is saved at the end of the request. */
sessionMethod('__setitem__', (self, [key, value], interp) => {
  interp.setItem(sessionDict(self), key ?? null, value ?? null);
  self.dict.set('modified', true);
  return null;
});
sessionMethod('__delitem__', (self, [key], interp) => {
  const dict = sessionDict(self);
  if (!interp.contains(dict, key ?? null)) throw new PyException(newException(exceptionClass('KeyError'), [key ?? null]));
  interp.call(interp.getAttr(dict, 'pop'), [key ?? null]);
  self.dict.set('modified', true);
  return null;
});
sessionMethod('update', (self, args, interp) => {
  interp.call(interp.getAttr(sessionDict(self), 'update'), args);
  self.dict.set('modified', true);
  return null;
});
sessionMethod('pop', (self, args, interp) => {
  const dict = sessionDict(self);
  const had = dictGet(dict, args[0] ?? null) !== undefined;
  const result = interp.call(interp.getAttr(dict, 'pop'), args.length > 1 ? args : [args[0] ?? null, SENTINEL]);
  if (had) self.dict.set('modified', true);
  if (result === SENTINEL) throw new PyException(newException(exceptionClass('KeyError'), [args[0] ?? null]));
  return result;
});
const SENTINEL = new PyInstance(objectClass);
sessionMethod('setdefault', (self, [key, value = null], interp) => {
  const dict = sessionDict(self);
  const found = dictGet(dict, key ?? null);
  if (found !== undefined) return found;
  interp.setItem(dict, key ?? null, value);
  self.dict.set('modified', true);
  return value;
});
sessionMethod('clear', (self) => {
  dataOf(self).cache = new PyDict();
  self.dict.set('accessed', true);
  self.dict.set('modified', true);
  return null;
});
sessionMethod('is_empty', (self) => isEmpty(self));
sessionMethod('flush', (self) => (flushSession(self), null));
sessionMethod('cycle_key', (self) => (cycleKey(self), null));
sessionMethod('save', (self, [mustCreate]) => (saveSession(self, mustCreate === true), null));
sessionMethod('delete', (self, [key]) => (deleteSession(self, typeof key === 'string' ? key : undefined), null));
sessionMethod('exists', (self, [key]) => exists(dataOf(self).options.db(), String(key)));
sessionMethod('create', (self) => (createSession(self), null));
sessionMethod('encode', (self, [value]) => encodeSession(value as PyDict, dataOf(self).options));
sessionMethod('decode', (self, [text]) => decodeSession(String(text), dataOf(self).options));
sessionMethod('get_expiry_age', (self) => expiryAge(self));
sessionMethod('get_expire_at_browser_close', (self) => expireAtBrowserClose(self));
sessionMethod('get_session_cookie_age', (self) => dataOf(self).options.cookieAge);
sessionMethod('set_expiry', (self, [value], interp) => {
  const dict = sessionDict(self);
  self.dict.set('modified', true);
  if (value === null || value === undefined) {
    interp.call(interp.getAttr(dict, 'pop'), ['_session_expiry', null]);
    return null;
  }
  const seconds = interp.findAttr(value, 'total_seconds');
  const stored = seconds !== undefined ? Math.trunc(Number(interp.str(interp.call(seconds, [])))) : value;
  interp.setItem(dict, '_session_expiry', stored);
  return null;
});
SessionStore.hooks.getAttr = (self, name) => {
  if (name === 'session_key') return dataOf(self).key;
  if (name === '_session') return sessionDict(self);
  return undefined;
};

/** `SessionStore(session_key=None)` for the shell and views that make one themselves. */
export function sessionStoreClass(options: () => SessionOptions): PyClass {
  SessionStore.hooks.construct = (_cls, args, kwargs) => makeSession(((kwargs.get('session_key') ?? args[0] ?? null) as string | null), options());
  return SessionStore;
}
