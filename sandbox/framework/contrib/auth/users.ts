import type { DatabaseWrapper } from '../../db/backends/sqlite3/base';
import { makePassword } from './hashers';

export function usernameTaken(db: DatabaseWrapper, username: string): boolean {
  return db.query('SELECT 1 FROM "auth_user" WHERE "username" = ? LIMIT 1', [username]).length > 0;
}

/** UserManager.create_superuser: a staff, superuser, active account. */
export function createSuperuser(db: DatabaseWrapper, { username, email, password }: { username: string; email: string; password: string | null }) {
  // Django's text for a datetime in SQLite: microseconds, naive UTC.
  const now = `${new Date().toISOString().replace('T', ' ').replace('Z', '')}000`;
  db.execute(
    'INSERT INTO "auth_user" ("password", "last_login", "is_superuser", "username", "first_name", "last_name", "email", "is_staff", "is_active", "date_joined") VALUES (?, NULL, 1, ?, \'\', \'\', ?, 1, 1, ?)',
    [makePassword(password), username, email.toLowerCase().includes('@') ? normalizeEmail(email) : email, now],
  );
}

/** BaseUserManager.normalize_email: the domain part is lower-cased. */
function normalizeEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return email.slice(0, at + 1) + email.slice(at + 1).toLowerCase();
}
