/**
 * django.db.backends.sqlite3.operations.DatabaseOperations: what the ORM's compiler and the
 * schema editor both need to write SQLite's SQL, so neither reaches into the other.
 */

/** DatabaseOperations.quote_name: a name already quoted stays as it is. */
export function quoteName(name: string): string {
  return name.startsWith('"') ? name : `"${name}"`;
}
