import fs from 'node:fs';
import path from 'node:path';
import type { Check, CheckResult } from './checks';
import { homePath, type GradeContext } from './context';
import { answerLocalGet, answerLocalPost, type LoadedProject } from '../framework';
import { failure, load } from './project-checks';
import { scratchProject } from './scratch-project';

type PostCheck = Extract<Check, { type: 'http_post' }>;
type Response = ReturnType<typeof answerLocalGet>;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The cookies a browser keeps from an answer's Set-Cookie lines (an emptied one is dropped). */
function keepCookies(response: Response, cookies: Record<string, string>): void {
  for (const [name, value] of response.headers) {
    if (name.toLowerCase() !== 'set-cookie') continue;
    const pair = value.split(';')[0]!;
    const at = pair.indexOf('=');
    const key = pair.slice(0, at).trim();
    const cookie = pair.slice(at + 1);
    if (cookie === '""' || /Max-Age=0\b/i.test(value)) delete cookies[key];
    else cookies[key] = cookie;
  }
}

/** The form's fields as a browser encodes them (application/x-www-form-urlencoded). */
const encode = (fields: [string, string][]) => fields.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`.replace(/%20/g, '+')).join('&');

/** Rows of `table` (holding `values`, when given) in the project's live database, or why they cannot be counted. */
function countRows(loaded: LoadedProject, table: string, values: Record<string, string | number> = {}): number | string {
  const db = loaded.connections.default;
  if (!db.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).length) return `no table ${table}`;
  const columns = new Set(db.query(`PRAGMA table_info(${quoted(table)})`).map((c) => c[1]));
  const missing = Object.keys(values).find((c) => !columns.has(c));
  if (missing) return `no column ${missing}`;
  const where = Object.keys(values).map((c) => `${quoted(c)} = ?`);
  const sql = `SELECT COUNT(*) FROM ${quoted(table)}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
  return Number(db.query(sql, Object.values(values))[0]![0]);
}

function postOnLoaded(check: PostCheck, loaded: LoadedProject): CheckResult {
  const count = (values?: Record<string, string | number>) => (check.table === undefined ? 0 : countRows(loaded, check.table, values));
  const before = { all: count(), row: check.row ? count(check.row) : 0 };
  if (typeof before.all === 'string') return { passed: false, found: before.all };
  if (typeof before.row === 'string') return { passed: false, found: before.row };
  const formPath = check.form ?? check.path;
  const page = answerLocalGet(loaded, formPath);
  if (page.status !== 200) return { passed: false, found: `GET ${formPath}: ${page.status} ${page.reason}` };
  const cookies: Record<string, string> = {};
  keepCookies(page, cookies);
  // Only a page that renders {% csrf_token %} gives the browser a token to send back.
  const token = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(page.body)?.[1];
  const fields: [string, string][] = [...(token ? [['csrfmiddlewaretoken', token] as [string, string]] : []), ...Object.entries(check.data)];
  const response = answerLocalPost(loaded, check.path, encode(fields), cookies);
  const location = response.headers.find(([k]) => k.toLowerCase() === 'location')?.[1];
  const after = { all: count() as number, row: check.row ? (count(check.row) as number) : 0 };
  const added = after.all - before.all;
  const passed =
    response.status === check.status &&
    (check.location === undefined || location === check.location) &&
    (check.contains === undefined || response.body.includes(check.contains)) &&
    (check.added === undefined || added === check.added) &&
    (check.row === undefined || after.row > before.row);
  const found = [
    `${response.status} ${response.reason}`,
    location !== undefined ? `to ${location}` : '',
    check.table !== undefined ? `${added} row${Math.abs(added) === 1 ? '' : 's'} added to ${check.table}` : '',
  ];
  return { passed, found: found.filter(Boolean).join(', ') };
}

/**
 * Sends the form on a copy of the project, so that whatever the view writes lands in a
 * throwaway database: grading never adds a student to the learner's own.
 */
export function postCheck(check: PostCheck, context: GradeContext): CheckResult {
  const dir = homePath(context, check.project);
  if (!fs.existsSync(path.join(dir, 'manage.py'))) return { passed: false, found: `no manage.py in ~/${check.project}` };
  const scratch = scratchProject(dir, []);
  if ('error' in scratch) return { passed: false, found: scratch.error };
  try {
    const loaded = load(scratch.dir, check.project);
    if ('error' in loaded) return { passed: false, found: loaded.error };
    try {
      return postOnLoaded(check, loaded);
    } catch (err) {
      return { passed: false, found: failure(err) };
    } finally {
      loaded.connections.discardAll();
    }
  } finally {
    scratch.dispose();
  }
}
