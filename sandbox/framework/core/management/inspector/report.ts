/**
 * What the inspector finds in a project: its migration files, its history (django_migrations)
 * and its tables, and where they disagree. The page's protocol names the same shape
 * (sandbox/protocol/inspector-report.ts); the framework keeps its own words for it, as it
 * knows nothing above itself.
 */
export interface Inspection {
  /** Home-relative folder holding manage.py ('.' for home itself), or null: no project. */
  project: string | null;
  /** The project cannot be read: the last line of the error, as Python prints it. */
  error?: string;
  apps: AppRecords[];
  tables: TableRecord[];
  problems: Disagreement[];
}

export interface AppRecords {
  label: string;
  migrations: { name: string; applied: boolean; dependencies: [app: string, name: string][] }[];
  historyWithoutFile: string[];
  pendingChanges: string[];
}

export interface TableRecord {
  name: string;
  model: string | null;
  rowCount: number;
  columns: { name: string; type: string; nullable: boolean }[];
  missingColumns: string[];
  extraColumns: string[];
}

export type DisagreementKind = 'missing-dependency' | 'table-without-history' | 'history-without-file' | 'history-without-table' | 'column-missing';

export interface Disagreement {
  kind: DisagreementKind;
  app: string;
  migration?: string;
  table?: string;
  column?: string;
}

export interface TableRows {
  table: string;
  columns: string[];
  rows: (string | number | null)[][];
  offset: number;
  total: number;
}

/** How many rows a page of a table holds. */
export const ROWS_PER_PAGE = 100;
