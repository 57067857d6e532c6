import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openProject, runProgram } from '../../program';
import { makeProject } from '../../core/handlers/project.testkit';
import { Browser, quickHash } from '../../core/handlers/requests.testkit';

/** One request of the recorded admin session, what real Django answered and what the database held after it. */
export interface AdminStep {
  name: string;
  method: string;
  path: string;
  data: Record<string, string | string[]>;
  status: number;
  location: string | null;
  body: string;
  db: Record<string, unknown[][]>;
}

const recording = (name: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, `../../__fixtures__/django52/admin/${name}.json`), 'utf8')) as { files: Record<string, string>; steps: AdminStep[] };

/** Logging in, the change list, add, change, delete, history, actions, logging out. */
export const adminFlow = recording('flow');
/** Then the official tutorial's polls, list_filter, sorting, the User admin, pagination, the password change. */
export const tutorialFlow = recording('tutorial');

const quiet = { env: {}, stdout: () => undefined, stderr: (t: string) => void process.stderr.write(t) };

/** The recorded project, migrated, with the superuser admin and the staff user staffer (quick hashes). */
export function adminProject(): string {
  const dir = makeProject(adminFlow.files, "INSTALLED_APPS += ['school', 'polls']\n");
  runProgram(['python', 'manage.py', 'makemigrations', 'school', 'polls', '-v', '0'], { ...quiet, cwd: dir });
  runProgram(['python', 'manage.py', 'migrate', '-v', '0'], { ...quiet, cwd: dir });
  const loaded = openProject(dir, 'myproject.settings');
  const insert =
    'INSERT INTO "auth_user" ("password", "last_login", "is_superuser", "username", "first_name", "last_name", "email", "is_staff", "is_active", "date_joined") VALUES (?, NULL, ?, ?, \'\', \'\', ?, 1, 1, ?)';
  loaded.connections.default.execute(insert, [quickHash('Admin-pass-2026'), 1, 'admin', 'admin@example.com', '2026-01-01 00:00:00']);
  loaded.connections.default.execute(insert, [quickHash('Staff-pass-2026'), 0, 'staffer', 'staff@example.com', '2026-01-01 00:00:00']);
  loaded.connections.closeAll();
  return dir;
}

/** The database rows the recorder kept, read from the sandbox's project. */
export function dbState(dir: string): AdminStep['db'] {
  const loaded = openProject(dir, 'myproject.settings');
  try {
    const q = (sql: string) => loaded.connections.default.query(sql).map((row) => row.map((v) => (typeof v === 'bigint' ? Number(v) : v)));
    return {
      admin_log: q('SELECT action_flag, change_message, object_id, object_repr, content_type_id, user_id FROM django_admin_log ORDER BY id'),
      students: q('SELECT id, name, email, age, active, level, joined, course_id FROM school_student ORDER BY id').map((r) => r.map((v, i) => (i === 4 ? v === 1 : v))),
      courses: q('SELECT id, title FROM school_course ORDER BY id'),
      content_types: q('SELECT id, app_label, model FROM django_content_type ORDER BY id'),
      questions: q('SELECT id, question_text, pub_date FROM polls_question ORDER BY id'),
      choices: q('SELECT id, question_id, choice_text, votes FROM polls_choice ORDER BY id'),
      users: q('SELECT id, username, is_staff, is_superuser, is_active FROM auth_user ORDER BY id').map((r) => r.map((v, i) => (i >= 2 ? v === 1 : v))),
    };
  } finally {
    loaded.connections.closeAll();
  }
}

export function formBody(data: Record<string, string | string[]>, token: string): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(data)) for (const item of Array.isArray(v) ? v : [v]) params.append(k, item);
  params.append('csrfmiddlewaretoken', token);
  return params.toString();
}

/** A recorded step sent through the handler by a browser keeping cookies and the last CSRF token. */
export function sendStep(browser: Browser, s: AdminStep) {
  return s.method === 'GET' ? browser.send('GET', s.path) : browser.send('POST', s.path, formBody(s.data, browser.token), { Origin: 'http://127.0.0.1:8000' });
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&rsaquo;/g, '›')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
const all = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!);

/**
 * What an admin page must say as real Django's does: its title, headings, breadcrumbs,
 * messages, errors, the names and labels of its form fields, the change list's rows and count,
 * the objects a deletion takes along. Markup around them may differ.
 */
export function facts(html: string) {
  const main = html.replace(/<nav class="sticky" id="nav-sidebar"[\s\S]*?<\/nav>/, '');
  return {
    title: /<title>([\s\S]*?)<\/title>/.exec(html)?.[1]?.trim() ?? null,
    h1: all(main, /<h1>([\s\S]*?)<\/h1>/g).map(text),
    h2: all(main, /<h2[^>]*>([\s\S]*?)<\/h2>/g).map(text),
    breadcrumbs: all(html, /<div class="breadcrumbs">([\s\S]*?)<\/div>/g).map(text),
    breadcrumbLinks: all(/<div class="breadcrumbs">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '', /href="([^"]*)"/g),
    siteName: all(html, /<div id="site-name">([\s\S]*?)<\/div>/g).map(text),
    userTools: all(html, /<div id="user-tools">([\s\S]*?)<\/div>/g).map((t) => text(t.replace(/<button class="theme-toggle">[\s\S]*?<\/button>/, ''))),
    messages: all(html, /<ul class="messagelist">([\s\S]*?)<\/ul>/g).flatMap((m) => [...m.matchAll(/<li class="(\w+)">([\s\S]*?)<\/li>/g)].map((li) => `${li[1]}: ${li[2]}`)),
    errornotes: all(html, /<p class="errornote">([\s\S]*?)<\/p>/g).map(text),
    errors: [...main.matchAll(/<ul class="errorlist[^"]*"(?: id="([^"]*)")?>([\s\S]*?)<\/ul>/g)].map((m) => `${m[1] ?? ''}: ${text(m[2]!)}`),
    fieldNames: all(main.replace(/<form id="logout-form"[\s\S]*?<\/form>/, ''), /<(?:input|select|textarea)[^>]*\bname="([^"]+)"/g).filter((n) => n !== 'csrfmiddlewaretoken'),
    labels: all(main, /<label[^>]*>([\s\S]*?)<\/label>/g).map(text),
    formRows: all(main, /<div class="(form-row[^"]*)"/g).map((c) => c.replace(/\s+/g, ' ').trim()),
    paragraphs: all(/<div id="content"[\s\S]*$/.exec(main)?.[0] ?? '', /<p>([\s\S]*?)<\/p>/g).map((p) => text(p).replace(/(salt|hash) : \S+/g, '$1 : {masked}')),
    columns: all(main, /<th scope="col" class="([^"]*)"/g),
    rows: all(main, /<tbody>([\s\S]*?)<\/tbody>/g).flatMap((b) => all(b, /<tr[^>]*>([\s\S]*?)<\/tr>/g).map((r) => text(r.replace(/<img[^>]*alt="(\w+)"[^>]*>/g, ' $1 ')))),
    rowLinks: all(all(main, /<tbody>([\s\S]*?)<\/tbody>/g).join(''), /href="([^"]*)"/g),
    paginator: all(main, /<p class="paginator">([\s\S]*?)<\/p>/g).map(text),
    searchCount: all(main, /<span class="small quiet">([\s\S]*?)<\/span>/g).map(text),
    actions: all(main, /<select name="action"[^>]*>([\s\S]*?)<\/select>/g).map(text),
    objectTools: all(main, /<ul class="object-tools">([\s\S]*?)<\/ul>/g).map(text),
    deleted: all(main, /<h2>Objects<\/h2>\s*<ul[^>]*>([\s\S]*?)<\/ul>\s*<form/g).map(text),
    summary: all(main, /<h2>Summary<\/h2>\s*<ul>([\s\S]*?)<\/ul>/g).map(text),
    submit: all(main, /<input type="submit" value="([^"]*)"/g),
    modules: all(main, /<caption>([\s\S]*?)<\/caption>/g).map(text),
    models: all(main, /<th scope="row" id="([^"]*)"/g),
    recentActions: all(main, /<ul class="actionlist">([\s\S]*?)<\/ul>/g).flatMap((u) => [...u.matchAll(/<li class="(\w+)">([\s\S]*?)<\/li>/g)].map((li) => `${li[1]}: ${text(li[2]!)} ${all(li[2]!, /href="([^"]*)"/g).join(' ')}`.trim())),
    filters: all(main, /<nav id="changelist-filter"[^>]*>([\s\S]*?)<\/nav>/g).map(text),
    selectedFilters: all(main, /<li class="selected">([\s\S]*?)<\/li>/g).map(text),
    selects: [...main.matchAll(/<select name="(?!action)([^"]*)"[^>]*>([\s\S]*?)<\/select>/g)].map((m) => `${m[1]}: ${text(m[2]!)}`),
    readonly: all(main, /<div class="readonly">([\s\S]*?)<\/div>/g).map(text),
    fieldsets: all(main, /<h2[^>]*class="fieldset-heading"[^>]*>([\s\S]*?)<\/h2>/g).map(text),
    landmarks: ['id="header"', 'id="site-name"', 'class="breadcrumbs"', 'id="changelist"', 'id="content-main"', 'id="user-tools"'].filter((l) => html.includes(l)),
  };
}

/** What the recorder did with the ORM: courses enough for two pages of the change list. */
export function addCourses(dir: string, count: number) {
  const loaded = openProject(dir, 'myproject.settings');
  try {
    for (let i = 0; i < count; i++) loaded.connections.default.execute('INSERT INTO "school_course" ("title") VALUES (?)', [`Course ${String(i).padStart(3, '0')}`]);
  } finally {
    loaded.connections.closeAll();
  }
}

/** The hidden initial values of callable defaults are not in the sandbox's admin forms. */
export function withoutInitials(f: ReturnType<typeof facts>): ReturnType<typeof facts> {
  return {
    ...f,
    fieldNames: f.fieldNames.filter((n) => !n.startsWith('initial-')),
  };
}

/** What the recorder did with the ORM before the view-only steps: a permission given to a user. */
export function grantPermission(dir: string, username: string, codename: string) {
  const loaded = openProject(dir, 'myproject.settings');
  try {
    loaded.connections.default.execute(
      'INSERT INTO "auth_user_user_permissions" ("user_id", "permission_id") SELECT u."id", p."id" FROM "auth_user" u, "auth_permission" p WHERE u."username" = ? AND p."codename" = ?',
      [username, codename],
    );
  } finally {
    loaded.connections.closeAll();
  }
}
