// TEMPORARY: stands in for the session's inspect()/inspectRows() until the runtime has them.
import type { InspectorReport, InspectorRows } from '@/sandbox/protocol/inspector-report';
import type { InspectorSource } from './use-inspector';

const report: InspectorReport = {
  project: 'learn-django/myproject',
  apps: [
    { label: 'admin', migrations: [{ name: '0001_initial', applied: true, dependencies: [['auth', '0001_initial'], ['contenttypes', '0001_initial']] }], historyWithoutFile: [], pendingChanges: [] },
    { label: 'auth', migrations: [{ name: '0001_initial', applied: true, dependencies: [['contenttypes', '0001_initial']] }, { name: '0012_alter_user_first_name_max_length', applied: true, dependencies: [['auth', '0001_initial']] }], historyWithoutFile: [], pendingChanges: [] },
    { label: 'contenttypes', migrations: [{ name: '0001_initial', applied: true, dependencies: [] }], historyWithoutFile: [], pendingChanges: [] },
    {
      label: 'home',
      migrations: [
        { name: '0002_student_address', applied: true, dependencies: [['home', '0001_initial']] },
        { name: '0003_alter_student_address', applied: false, dependencies: [['home', '0002_student_address']] },
      ],
      historyWithoutFile: ['0001_initial'],
      pendingChanges: ['+ Add field email to student'],
    },
  ],
  tables: [
    { name: 'django_migrations', model: null, rowCount: 20, columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'app', type: 'varchar(255)', nullable: false }], missingColumns: [], extraColumns: [] },
    { name: 'home_student', model: 'home.Student', rowCount: 1, columns: [{ name: 'id', type: 'integer', nullable: false }, { name: 'name', type: 'varchar(100)', nullable: false }, { name: 'address', type: 'text', nullable: true }], missingColumns: ['email'], extraColumns: [] },
  ],
  problems: [
    { kind: 'missing-dependency', app: 'home', migration: '0001_initial' },
    { kind: 'history-without-file', app: 'home', migration: '0001_initial' },
    { kind: 'table-without-history', app: 'home', migration: '0001_initial', table: 'home_student' },
    { kind: 'history-without-table', app: 'store', migration: '0001_initial', table: 'store_product' },
    { kind: 'column-missing', app: 'home', table: 'home_student', column: 'email' },
  ],
};

export const fakeInspector: InspectorSource = {
  inspect: async () => report,
  inspectRows: async (table: string, offset: number): Promise<InspectorRows> => ({
    table,
    columns: ['id', 'name', 'address'],
    rows: Array.from({ length: Math.min(100, 250 - offset) }, (_, i) => [offset + i + 1, `Student ${offset + i + 1}`, i % 3 ? 'Pune' : null]),
    offset,
    total: 250,
  }),
};
