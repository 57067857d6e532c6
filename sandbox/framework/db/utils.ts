import { PyClass, PyException, exceptionClass, newException, type PyValue } from '../python';

/** django.db.utils: database errors as Python classes (the learner sees their tracebacks). */
const MODULE = 'django.db.utils';

export const Error_ = new PyClass('Error', [exceptionClass('Exception')], MODULE);
export const DatabaseError = new PyClass('DatabaseError', [Error_], MODULE);
export const OperationalError = new PyClass('OperationalError', [DatabaseError], MODULE);
export const IntegrityError = new PyClass('IntegrityError', [DatabaseError], MODULE);
export const ProgrammingError = new PyClass('ProgrammingError', [DatabaseError], MODULE);

/**
 * An error from SQLite (sql.js throws plain JavaScript errors) as Django raises it: most
 * are OperationalError (`no such table: home_student`, `table "x" already exists`),
 * constraint failures IntegrityError.
 */
export function databaseError(err: unknown): PyException {
  const message = err instanceof Error ? err.message : String(err);
  // SQLite's SQLITE_NOTADB is Python's sqlite3.DatabaseError itself, not one of its kinds.
  const cls = /constraint failed/i.test(message) ? IntegrityError : /^file is not a database/.test(message) ? DatabaseError : OperationalError;
  return new PyException(newException(cls, [message]));
}

export function utilsModule(): Record<string, PyValue> {
  return { Error: Error_, DatabaseError, OperationalError, IntegrityError, ProgrammingError };
}
