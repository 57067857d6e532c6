import type { Lang } from './languages';
import type { InspectorProblem, InspectorProblemKind } from '@/sandbox/protocol/inspector-report';

/**
 * The inspector's strings (components/sandbox/inspector/), beside the sandbox's own
 * (sandbox-strings.ts) but in a file of their own: only the lazily loaded sandbox imports
 * them, so they never weigh on a page's first load the way UI_STRINGS would.
 */
export interface InspectorStrings {
  /** The tab's name. */
  label: string;
  /** The tab list of the pane that holds the preview and the inspector (wide screens). */
  sideTabs: string;
  intro: string;
  loading: string;
  /** A refresh is under way: the report shown is the previous one. */
  updating: string;
  noProject: string;
  /** The project is there but cannot be read (its settings or models fail to import). */
  error: (message: string) => string;
  project: (folder: string) => string;
  problemsTitle: string;
  noProblems: string;
  /** One sentence per disagreement. */
  problem: (problem: InspectorProblem) => string;
  /** A link to the lesson section that explains a disagreement: its heading, as the lesson shows it. */
  explainedIn: (section: string) => string;
  /** Lesson 8's headings, in this language, of the sections the links go to. */
  sections: Record<InspectorProblemKind, string>;
  migrationsTitle: string;
  /** The graph's scrolling area, a keyboard stop; the list beside it says what the graph draws. */
  graph: string;
  /** A toggle: Django's own apps (admin, auth, …) in the graph too. */
  djangoApps: string;
  applied: string;
  notApplied: string;
  /** A dependency whose file is not on disk, drawn in the graph. */
  gone: string;
  /** Said of a node whose file is gone but whose django_migrations row is there. */
  stillInHistory: string;
  noMigrations: string;
  /** One migration, as the list for screen readers says it. */
  migrationItem: (name: string, applied: boolean, dependsOn: string[]) => string;
  historyWithoutFile: string;
  pendingChanges: string;
  noPendingChanges: string;
  databaseTitle: string;
  noTables: string;
  rowCount: (count: number) => string;
  ownedBy: (model: string) => string;
  noModel: string;
  columns: { name: string; type: string; nullable: string; yes: string; no: string; caption: (table: string) => string };
  missingColumns: string;
  extraColumns: string;
  showRows: (table: string) => string;
  hideRows: string;
  rowsCaption: (table: string, from: number, to: number, total: number) => string;
  noRows: string;
  previous: string;
  next: string;
  failed: (reason: string) => string;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
const label = (p: InspectorProblem) => (p.migration ? `${p.app}.${p.migration}` : p.app);

export const INSPECTOR_STRINGS: Record<Lang, InspectorStrings> = {
  en: {
    label: 'Inspector',
    sideTabs: 'Preview and inspector',
    intro: "Your project's three records side by side: the migration files, the history in django_migrations, and the tables in db.sqlite3.",
    loading: 'Reading the project…',
    updating: 'Updating…',
    noProject: 'No project here: the inspector reads the project whose manage.py is in the terminal’s folder or above it. Use cd to go into one.',
    error: (message) => `The project cannot be read: ${message}`,
    project: (folder) => `Project: ${folder === '.' ? '~' : `~/${folder}`}`,
    problemsTitle: 'Where the records disagree',
    noProblems: 'The files, the history and the tables agree.',
    problem: (p) => {
      switch (p.kind) {
        case 'missing-dependency':
          return `The file of ${label(p)} is gone and a later migration depends on it: every migration command (migrate, makemigrations, showmigrations) stops with NodeNotFoundError.`;
        case 'table-without-history':
          return `The table ${p.table ?? ''} exists but no history row says ${label(p)} ran: migrate will stop with “table already exists”; migrate --fake-initial (or --fake) records it without touching the table.`;
        case 'history-without-file':
          return `The history says ${label(p)} was applied, but its file is gone: Django skips any new migration that gets this name.`;
        case 'history-without-table':
          return `The history says ${label(p)} was applied, but the table ${p.table ?? ''} is gone: every query on it fails with “no such table”.`;
        case 'column-missing':
          return `The model has a field whose column ${p.column ?? ''} is missing from ${p.table ?? 'its table'}: every query on it fails with “no such column” (the --fake-initial trap).`;
      }
    },
    explainedIn: (section) => `Lesson 8: ${section}`,
    sections: {
      'missing-dependency': 'Break 1: delete only 0001_initial.py',
      'history-without-file': 'Break 2: delete every migration file',
      'table-without-history': 'Break 3: the history is gone too',
      'history-without-table': 'What --fake really does',
      'column-missing': 'The --fake-initial trap',
    },
    migrationsTitle: 'Migrations',
    graph: 'Migration graph: each app a column, each arrow a dependency',
    djangoApps: "Django's own apps too",
    applied: 'applied',
    notApplied: 'not applied',
    gone: 'file gone',
    stillInHistory: 'still in the history',
    noMigrations: 'No migration files.',
    migrationItem: (name, applied, dependsOn) =>
      `${name}, ${applied ? 'applied' : 'not applied'}${dependsOn.length ? `, depends on ${dependsOn.join(', ')}` : ''}`,
    historyWithoutFile: 'In the history, with no file:',
    pendingChanges: 'makemigrations would write:',
    noPendingChanges: 'models.py has no change that a migration lacks.',
    databaseTitle: 'Database tables',
    noTables: 'No tables yet: db.sqlite3 is empty or not there.',
    rowCount: (count) => plural(count, 'row', 'rows'),
    ownedBy: (model) => `model ${model}`,
    noModel: 'no model',
    columns: { name: 'Column', type: 'Type', nullable: 'Null', yes: 'yes', no: 'no', caption: (table) => `Columns of ${table}` },
    missingColumns: 'Missing (the model has them, the table does not):',
    extraColumns: 'Extra (in the table, not in the model):',
    showRows: (table) => `Show the rows of ${table}`,
    hideRows: 'Hide the rows',
    rowsCaption: (table, from, to, total) => (total === 0 ? `${table}: no rows` : `${table}: rows ${from}–${to} of ${total}`),
    noRows: 'No rows.',
    previous: 'Previous 100',
    next: 'Next 100',
    failed: (reason) => `The inspector could not read the project: ${reason}`,
  },
  hinglish: {
    label: 'Inspector',
    sideTabs: 'Preview aur inspector',
    intro: 'Tumhare project ke teen records ek saath: migration files, django_migrations ki history, aur db.sqlite3 ki tables.',
    loading: 'Project padh rahe hain…',
    updating: 'Update ho raha hai…',
    noProject: 'Yahan koi project nahi hai: inspector us project ko padhta hai jiski manage.py terminal ke folder mein ya uske upar hai. cd karke kisi project mein jao.',
    error: (message) => `Project padha nahi ja sakta: ${message}`,
    project: (folder) => `Project: ${folder === '.' ? '~' : `~/${folder}`}`,
    problemsTitle: 'Jahan records match nahi karte',
    noProblems: 'Files, history aur tables teeno match karte hain.',
    problem: (p) => {
      switch (p.kind) {
        case 'missing-dependency':
          return `${label(p)} ki file gayab hai aur ek baad wali migration us par depend karti hai: har migration command (migrate, makemigrations, showmigrations) NodeNotFoundError par ruk jayegi.`;
        case 'table-without-history':
          return `Table ${p.table ?? ''} maujood hai par history mein ${label(p)} ki koi row nahi: migrate “table already exists” par rukega; migrate --fake-initial (ya --fake) table ko chhue bina ise record kar deta hai.`;
        case 'history-without-file':
          return `History kehti hai ${label(p)} apply hua tha, par uski file gayab hai: is naam wali koi bhi nayi migration Django skip kar dega.`;
        case 'history-without-table':
          return `History kehti hai ${label(p)} apply hua tha, par table ${p.table ?? ''} gayab hai: us par har query “no such table” se fail hogi.`;
        case 'column-missing':
          return `Model mein ek field hai jiska column ${p.column ?? ''} ${p.table ?? 'table'} mein nahi hai: us par har query “no such column” se fail hogi (--fake-initial ka jaal).`;
      }
    },
    explainedIn: (section) => `Lesson 8: ${section}`,
    sections: {
      'missing-dependency': 'Break 1: sirf 0001_initial.py delete karo',
      'history-without-file': 'Break 2: saari migration files delete karo',
      'table-without-history': 'Break 3: history bhi gayab',
      'history-without-table': '--fake asal mein kya karta hai',
      'column-missing': '--fake-initial ka jaal',
    },
    migrationsTitle: 'Migrations',
    graph: 'Migration graph: each app a column, each arrow a dependency',
    djangoApps: "Django's own apps too",
    applied: 'applied',
    notApplied: 'apply nahi hui',
    gone: 'file gayab',
    stillInHistory: 'history mein abhi bhi hai',
    noMigrations: 'Koi migration file nahi.',
    migrationItem: (name, applied, dependsOn) =>
      `${name}, ${applied ? 'applied' : 'apply nahi hui'}${dependsOn.length ? `, ${dependsOn.join(', ')} par depend karti hai` : ''}`,
    historyWithoutFile: 'History mein hai, file nahi:',
    pendingChanges: 'makemigrations ye likhega:',
    noPendingChanges: 'models.py mein aisa koi change nahi jo migration mein na ho.',
    databaseTitle: 'Database ki tables',
    noTables: 'Abhi koi table nahi: db.sqlite3 khaali hai ya hai hi nahi.',
    rowCount: (count) => plural(count, 'row', 'rows'),
    ownedBy: (model) => `model ${model}`,
    noModel: 'koi model nahi',
    columns: { name: 'Column', type: 'Type', nullable: 'Null', yes: 'haan', no: 'nahi', caption: (table) => `${table} ke columns` },
    missingColumns: 'Missing (model mein hain, table mein nahi):',
    extraColumns: 'Extra (table mein hain, model mein nahi):',
    showRows: (table) => `${table} ki rows dikhao`,
    hideRows: 'Rows chhupao',
    rowsCaption: (table, from, to, total) => (total === 0 ? `${table}: koi row nahi` : `${table}: rows ${from}–${to}, kul ${total}`),
    noRows: 'Koi row nahi.',
    previous: 'Pichhli 100',
    next: 'Agli 100',
    failed: (reason) => `Inspector project padh nahi paya: ${reason}`,
  },
};
