/** What the inspector shows for one project: its three records and where they disagree. */
export interface InspectorReport {
  /** Home-relative folder holding manage.py (the nearest at or above the terminal's folder), or null: no project. */
  project: string | null;
  /** Set when the project cannot be read (settings or models fail to import): the error's last line, Django-like. */
  error?: string;
  apps: InspectorApp[];
  tables: InspectorTable[];
  problems: InspectorProblem[];
}
export interface InspectorApp {
  label: string;
  migrations: { name: string; applied: boolean; dependencies: [app: string, name: string][] }[];
  /** django_migrations rows of this app whose file is gone. */
  historyWithoutFile: string[];
  /** What `makemigrations --dry-run` would write, one line per operation ("+ Add field email to student"), empty when none. */
  pendingChanges: string[];
}
export interface InspectorTable {
  name: string;
  /** "app_label.ModelName", or null when no installed model owns the table. */
  model: string | null;
  rowCount: number;
  columns: { name: string; type: string; nullable: boolean }[];
  /** Columns the model has that the table lacks, and the reverse. */
  missingColumns: string[];
  extraColumns: string[];
}
export type InspectorProblemKind =
  | 'missing-dependency'      // a migration depends on one whose file is gone: NodeNotFoundError
  | 'table-without-history'   // a model's table exists but no history row says its migration ran: "table already exists"
  | 'history-without-file'    // a django_migrations row with no file
  | 'history-without-table'   // the history says applied but the table is gone
  | 'column-missing';         // a model field whose column is missing (the --fake-initial trap)
export interface InspectorProblem {
  kind: InspectorProblemKind;
  app: string;
  migration?: string;
  table?: string;
  column?: string;
}
/** One page of a table's rows, for the panel's table view. */
export interface InspectorRows { table: string; columns: string[]; rows: (string | number | null)[][]; offset: number; total: number; }
