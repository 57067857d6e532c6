import { DatabaseWrapper } from './backends/sqlite3/base';

/**
 * django.db.connections: the project's default database, opened on first use and closed
 * (written back to its file) when the command ends. Shared by the management commands and
 * the Python side (`from django.db import connection`, the ORM).
 */
export class ConnectionHandler {
  private connection: DatabaseWrapper | null = null;
  /** Where the database file is: settings.DATABASES['default']['NAME'], set once settings load. */
  path: string | null = null;

  get default(): DatabaseWrapper {
    if (!this.path) throw new Error('The database is not configured: settings are not loaded');
    this.connection ??= new DatabaseWrapper(this.path);
    return this.connection;
  }

  /** Closes the database, leaving its file as it was before this program opened it. */
  discardAll() {
    this.connection?.discard();
    this.connection = null;
  }

  closeAll() {
    this.connection?.close();
    this.connection = null;
  }
}
