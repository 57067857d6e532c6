import { DatabaseWrapper } from './backends/sqlite3/base';

/**
 * django.db.connections: the project's default database, opened on first use and closed
 * (written back to its file) when the command ends. Shared by the management commands and
 * the Python side (`from django.db import connection`, the ORM).
 */
export class ConnectionHandler {
  private connection: DatabaseWrapper | null = null;
  /** The test database, while `manage.py test` runs: it stands in for the default one. */
  private testConnection: DatabaseWrapper | null = null;
  /** Set while a SimpleTestCase runs: opening the database fails the test, as Django's _DatabaseFailure does. */
  forbidden: (() => never) | null = null;
  /** Where the database file is: settings.DATABASES['default']['NAME'], set once settings load. */
  path: string | null = null;

  get default(): DatabaseWrapper {
    this.forbidden?.();
    if (this.testConnection) return this.testConnection;
    if (!this.path) throw new Error('The database is not configured: settings are not loaded');
    this.connection ??= new DatabaseWrapper(this.path);
    return this.connection;
  }

  /** create_test_db for SQLite: a new database in memory; the project's file is never opened. */
  createTestDatabase(): DatabaseWrapper {
    this.testConnection?.discard();
    this.testConnection = new DatabaseWrapper(':memory:', true);
    return this.testConnection;
  }

  destroyTestDatabase() {
    this.testConnection?.discard();
    this.testConnection = null;
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
