/**
 * The checks an exercise is graded by, as `lesson.json` declares them. Every path is
 * relative to the learner's home folder; `project` is the folder that holds `manage.py`
 * (for example `learn-django/myproject`), and the database is the project's `db.sqlite3`.
 */
export type Check =
  | { type: 'file_exists'; path: string }
  | { type: 'folder_exists'; path: string }
  | { type: 'file_absent'; path: string }
  /** The file holds `text`, compared after collapsing runs of spaces, so layout does not matter. */
  | { type: 'file_contains'; path: string; text: string }
  /** The app is in INSTALLED_APPS as Django reads settings.py (`+=` and all). */
  | { type: 'app_installed'; project: string; app: string }
  /** `<app>/migrations/<name>.py` exists. */
  | { type: 'migration_exists'; project: string; app: string; name: string }
  /** The migration is recorded in django_migrations (or, with `applied: false`, is not). */
  | { type: 'migration_applied'; project: string; app: string; name: string; applied?: boolean }
  | { type: 'table_exists'; project: string; table: string; exists?: boolean }
  /**
   * The table has the column; with `nullable`, also whether it allows NULL. With
   * `exists: false`, the table is there and the column is not (a migration undone for real).
   */
  | { type: 'table_has_column'; project: string; table: string; column: string; nullable?: boolean; exists?: boolean }
  | { type: 'row_count'; project: string; table: string; count: number }
  /**
   * A row whose `column` holds `value` exists in `table`; with `and`, the same row also holds
   * those values in those columns (the admin's log row of an ADDITION: `{ "action_flag": 1 }`).
   */
  | { type: 'row_exists'; project: string; table: string; column: string; value: string | number; and?: Record<string, string | number> }
  /**
   * A GET of `path` from the learner's project, handled as runserver would (no server
   * needs to be running): the status, and optionally a text the body holds and a content type.
   * With `as`, the GET comes from that user's browser once logged in (a session made for
   * them in a scratch copy of the project, as the test Client's force_login makes one).
   */
  | { type: 'http_get'; project: string; path: string; status: number; contains?: string; contentType?: string; vary?: Variation[]; as?: string }
  /**
   * A form sent as a browser sends it, on a throwaway copy of the project and its database
   * (the learner's own are never changed): a GET of `form` (else `path`) for the CSRF cookie
   * and the page's `csrfmiddlewaretoken`, then a POST of `data` with both to `path`. Graded on
   * the answer's status, where it redirects (`location`), a text it holds, and what the POST
   * did to `table`: `added` rows (0 for a form turned away), and with `row`, one more row
   * holding those column values than before.
   */
  | {
      type: 'http_post';
      project: string;
      path: string;
      data: Record<string, string>;
      status: number;
      form?: string;
      location?: string;
      contains?: string;
      table?: string;
      added?: number;
      row?: Record<string, string | number>;
    }
  /**
   * The learner's tests test something: `python manage.py test <label>` passes on a scratch
   * copy of the project, and fails on another copy changed by `vary` (the code under test
   * broken on purpose). A test file emptied (`Ran 0 tests`, OK) or tests that assert nothing
   * pass on both copies, so they do not pass this check. The learner's files are never run
   * in place, nor changed.
   */
  | { type: 'tests_catch'; project: string; label: string; vary: Variation[] }
  /** The project's URLconf turns the URL name (`home:about`) into `path`, as reverse() does. */
  | { type: 'url_reverses'; project: string; name: string; path: string }
  /**
   * A command the learner ran (its words, in order, starting the line) ended with status 0;
   * with `after`, it did so after the last line that contains the text `after` (a recovery
   * after the command that broke the project); with `in`, the line started in that folder.
   */
  | { type: 'command_succeeded'; command: string; after?: string; in?: string }
  /** A virtual environment is active in the terminal; with `venv`, that one (a path). */
  | { type: 'venv_active'; venv?: string }
  /** A package is installed in a virtual environment (its `.dist-info` is in site-packages). */
  | { type: 'package_installed'; venv: string; package: string; version?: string };

export type CheckType = Check['type'];

/**
 * A change made to a scratch copy of the project before an `http_get` is graded on it, so
 * that only a page built from the data passes: a course added to a view's list, a route
 * renamed (a file's text: `pattern` is a regular expression; `replace` may use `$&` and
 * groups), or a student added to the copy's database (`sql`, run on its `db.sqlite3`).
 */
export type Variation = FileVariation | DatabaseVariation;

export interface FileVariation {
  /** Relative to the project folder. */
  file: string;
  pattern: string;
  replace: string;
}

export interface DatabaseVariation {
  /** SQL statements run on the copy's `db.sqlite3`: rows the learner never typed. */
  sql: string;
}

/**
 * What a check found. `found` is a fact shown as is (a status code, a count, the error a
 * project raised while loading), so it needs no translation.
 */
export interface CheckResult {
  passed: boolean;
  found?: string;
}
