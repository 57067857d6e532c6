import { PyClass, PyException, PyInstance, PyList, PyNativeFunction, PyTuple, PyDict, newDict, newException, exceptionClass, objectClass, pyError, type Kwargs, type PyValue } from '../python';
import { executeSql, queryLog, type SqlResult } from './backends/sqlite3/cursor';
import type { OrmContext } from './models/context';
import { utilsModule } from './utils';
import { NotSupportedError } from './models/exceptions';

/**
 * `from django.db import connection`: the default connection as Python sees it, with
 * Django's cursor (`execute(sql, params)`, `fetchone()`, `fetchall()`...) over the
 * project's SQLite file, values typed as Python's sqlite3 module gives them.
 */

interface CursorState {
  orm: OrmContext;
  result: SqlResult | null;
  /** The next row fetchone() gives. */
  position: number;
}

const CursorClass = new PyClass('CursorDebugWrapper', [objectClass], 'django.db.backends.utils');

function cursorState(self: PyValue): CursorState {
  if (!(self instanceof PyInstance) || self.cls !== CursorClass) throw pyError('TypeError', "descriptor requires a 'CursorDebugWrapper' object");
  return self.native as CursorState;
}

function cursorMethod(name: string, body: (state: CursorState, args: PyValue[], kwargs: Kwargs, self: PyInstance) => PyValue) {
  CursorClass.dict.set(name, new PyNativeFunction(name, ([self, ...args], kwargs) => body(cursorState(self!), args, kwargs, self as PyInstance)));
}

/** Python's sqlite3 takes a sequence of parameters (Django's cursor also takes none: the SQL then runs as written). */
function paramsOf(state: CursorState, value: PyValue | undefined): PyValue[] | null {
  if (value === undefined || value === null) return null;
  if (value instanceof PyDict) throw new PyException(newException(NotSupportedError, ['the sandbox takes query parameters as a list or a tuple, not a dict']));
  return state.orm.interp.iterate(value);
}

function run(state: CursorState, self: PyInstance, sql: PyValue | undefined, params: PyValue[] | null) {
  if (typeof sql !== 'string') throw pyError('TypeError', `execute() argument 1 must be str, not ${state.orm.interp.repr(sql ?? null)}`);
  state.result = executeSql(state.orm.connection(), sql, params);
  state.position = 0;
  self.dict.set('rowcount', state.result.rowcount);
  if (state.result.lastrowid !== null) self.dict.set('lastrowid', state.result.lastrowid);
  self.dict.set('description', state.result.columns.length ? new PyTuple(state.result.columns.map((c) => new PyTuple([c, null, null, null, null, null, null]))) : null);
}

cursorMethod('execute', (state, [sql, params], kwargs, self) => {
  run(state, self, sql, paramsOf(state, params ?? kwargs.get('params')));
  return self;
});
cursorMethod('executemany', (state, [sql, paramList], _kwargs, self) => {
  let total = 0;
  for (const params of state.orm.interp.iterate(paramList ?? new PyList([]))) {
    run(state, self, sql, paramsOf(state, params));
    total += Math.max(0, state.result!.rowcount);
  }
  self.dict.set('rowcount', total);
  return self;
});
function take(state: CursorState, n: number): PyValue[] {
  const rows = state.result?.rows ?? [];
  const out = rows.slice(state.position, state.position + n).map((r) => new PyTuple(r));
  state.position += out.length;
  return out;
}
cursorMethod('fetchone', (state) => take(state, 1)[0] ?? null);
cursorMethod('fetchmany', (state, [size]) => new PyList(take(state, typeof size === 'number' ? size : 1)));
cursorMethod('fetchall', (state) => new PyList(take(state, Number.MAX_SAFE_INTEGER)));
cursorMethod('__iter__', (state) => new PyList(take(state, Number.MAX_SAFE_INTEGER)));
cursorMethod('close', () => null);
// `with connection.cursor() as cursor:` (CursorWrapper is a context manager that closes the cursor).
CursorClass.dict.set('__enter__', new PyNativeFunction('__enter__', ([self]) => self ?? null));
CursorClass.dict.set('__exit__', new PyNativeFunction('__exit__', () => null));

function newCursor(orm: OrmContext): PyInstance {
  const cursor = new PyInstance(CursorClass);
  cursor.native = { orm, result: null, position: 0 } satisfies CursorState;
  cursor.dict.set('rowcount', -1);
  cursor.dict.set('lastrowid', null);
  cursor.dict.set('description', null);
  return cursor;
}

/** django.db.connection (a DefaultConnectionProxy) and django.db.connections. */
export function dbModule(orm: OrmContext): Record<string, PyValue> {
  const ConnectionClass = new PyClass('DefaultConnectionProxy', [objectClass], 'django.db', {
    getAttr(_self, name) {
      // connection.queries: what ran, with the parameters written in (Django keeps them while DEBUG is on).
      if (name === 'queries') return new PyList(queryLog(orm.connection()).map((q) => newDict([['sql', q.sql], ['time', '0.000']])));
      return undefined;
    },
  });
  ConnectionClass.dict.set('cursor', new PyNativeFunction('cursor', () => newCursor(orm)));
  ConnectionClass.dict.set('close', new PyNativeFunction('close', () => null));
  const connection = new PyInstance(ConnectionClass);
  connection.dict.set('vendor', 'sqlite');
  connection.dict.set('alias', 'default');
  connection.dict.set('display_name', 'SQLite');

  const ConnectionDoesNotExist = new PyClass('ConnectionDoesNotExist', [exceptionClass('Exception')], 'django.utils.connection');
  const HandlerClass = new PyClass('ConnectionHandler', [objectClass], 'django.db.utils');
  HandlerClass.dict.set('__getitem__', new PyNativeFunction('__getitem__', ([, alias]) => {
    if (alias === 'default') return connection;
    throw new PyException(newException(ConnectionDoesNotExist, [`The connection '${orm.interp.str(alias ?? null)}' doesn't exist.`]));
  }));
  HandlerClass.dict.set('all', new PyNativeFunction('all', () => new PyList([connection])));
  const connections = new PyInstance(HandlerClass);

  return {
    connection,
    connections,
    DEFAULT_DB_ALIAS: 'default',
    reset_queries: new PyNativeFunction('reset_queries', () => {
      queryLog(orm.connection()).length = 0;
      return null;
    }),
    ...utilsModule(),
    NotSupportedError,
  };
}
