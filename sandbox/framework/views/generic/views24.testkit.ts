import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openProject, runProgram } from '../../program';
import { localGet, type RequestInfo } from '../../http/request';
import { handle, type FinalResponse } from '../../core/handlers/base';
import { staticFilesResponse } from '../../contrib/staticfiles/handlers';
import { manage, type Output } from '../../core/handlers/project.testkit';

/** A recording of scripts/record-django/views24.py: a tutorial's project and real Django's answers. */
export interface Views24Fixture {
  project: string;
  app: string;
  settings: string;
  setup: string;
  /** Python printing the database's state (into the dict `db`), and what it printed. */
  db_code: string;
  db: unknown;
  files: Record<string, string>;
  requests: RecordedAnswer[];
  commands: RecordedCommand[];
}

export interface RecordedAnswer {
  method: string;
  path: string;
  data: Record<string, string> | null;
  status: number;
  headers: Record<string, string>;
  cookies: string[];
  /** The page, CSRF token blanked; null for a debug page (markup of the sandbox's own). */
  body: string | null;
  /** A debug page's exception_value. */
  reason: string | null;
  log: string;
}

export interface RecordedCommand {
  args: string[];
  files: Record<string, string>;
  /** Appended to the project's settings for this command. */
  settings?: string;
  returncode: number | null;
  stdout: string;
  stderr: string;
}

const FIXTURES = path.join(import.meta.dirname, '../../__fixtures__/django52/views24');

export function views24Fixtures(): [string, Views24Fixture][] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace('.json', ''), JSON.parse(readFileSync(path.join(FIXTURES, f), 'utf8')) as Views24Fixture]);
}

export { manage, type Output };

export function writeFiles(project: string, files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(project, name)), { recursive: true });
    writeFileSync(path.join(project, name), text);
  }
}

/** startproject + startapp, the recording's settings and files, migrated, with its setup run. */
export function fixtureProject(fixture: Views24Fixture): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'views24-'));
  const io = { cwd: dir, env: {}, stdout: () => undefined, stderr: (t: string) => void process.stderr.write(t) };
  runProgram(['django-admin', 'startproject', fixture.project], io);
  const project = path.join(dir, fixture.project);
  runProgram(['python', 'manage.py', 'startapp', fixture.app], { ...io, cwd: project });
  appendFileSync(path.join(project, fixture.project, 'settings.py'), `\n${fixture.settings}`);
  writeFiles(project, fixture.files);
  for (const args of [['makemigrations'], ['migrate']]) {
    const r = manage(project, args);
    if (r.code) throw new Error(r.stderr);
  }
  if (fixture.setup) {
    const r = manage(project, ['shell', '-c', fixture.setup]);
    if (r.code) throw new Error(r.stderr);
  }
  return project;
}

/** The database's state as the recording's `db` code prints it. */
export function databaseState(project: string, fixture: Views24Fixture): unknown {
  const r = manage(project, ['shell', '-c', `import json\ndb = {}\n${fixture.db_code}\nprint(json.dumps(db))`]);
  if (r.code) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

/**
 * A browser on the project: its cookies kept, the last CSRF token a page showed sent where
 * the recording sent it; paths under /static/ answered as runserver answers them.
 */
export class Browser {
  private cookies = new Map<string, string>();
  private token = '';
  constructor(
    readonly project: string,
    readonly settingsModule: string,
  ) {}

  send(method: string, url: string, data: Record<string, string> | null): FinalResponse & { log: string } {
    const form = data ? Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v === '@token' ? this.token : v])) : null;
    const body = form ? new URLSearchParams(form).toString() : '';
    const headers: Record<string, string> = { host: '127.0.0.1:8000' };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method === 'POST') {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers['content-length'] = String(body.length);
    }
    const info: RequestInfo = { ...localGet(url), method, headers, body };
    const loaded = openProject(this.project, this.settingsModule);
    let log = '';
    let response: FinalResponse;
    try {
      response = (url.startsWith('/static/') && staticFilesResponse(loaded, info)) || handle(loaded, info, { log: (t) => (log += t) });
    } finally {
      loaded.connections.closeAll();
    }
    for (const [k, v] of response.headers) {
      if (k !== 'Set-Cookie') continue;
      const [pair] = v.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    const token = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.token = token;
    return { ...response, log };
  }
}

/** A logged traceback runs through Django's frames, which are not the sandbox's to show: its first line. */
function logFacts(log: string): string {
  return log.includes('\nTraceback (most recent call last):') ? log.slice(0, log.indexOf('\n') + 1) : log;
}

/** What the sandbox must answer: the recording, less a debug page's length (its markup is the sandbox's own). */
export function expectedAnswer(expected: RecordedAnswer) {
  const headers = Object.fromEntries(Object.entries(expected.headers).filter(([n]) => expected.body !== null || n !== 'Content-Length'));
  return { request: `${expected.method} ${expected.path}`, status: expected.status, headers, cookies: expected.cookies, body: expected.body, reason: expected.reason, log: logFacts(expected.log) };
}

/** What the recording keeps of an answer, from the sandbox's. */
export function answerOf(expected: RecordedAnswer, r: FinalResponse & { log: string }) {
  const header = (name: string) => r.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  const headers: Record<string, string> = {};
  // A debug page's length is its markup's, which is the sandbox's own.
  for (const name of Object.keys(expected.headers).filter((n) => expected.body !== null || n !== 'Content-Length')) {
    const value = header(name);
    if (value !== undefined) headers[name] = value;
  }
  const text = r.bytes ? new TextDecoder().decode(r.bytes) : r.body;
  const debugPage = expected.body === null;
  return {
    request: `${expected.method} ${expected.path}`,
    status: r.status,
    headers,
    cookies: r.headers.filter(([k]) => k === 'Set-Cookie').map(([, v]) => v.slice(0, v.indexOf('='))).sort(),
    body: debugPage ? null : text.replace(/name="csrfmiddlewaretoken" value="[^"]*"/g, 'name="csrfmiddlewaretoken" value=""'),
    reason: debugPage ? (/<pre class="exception_value">([\s\S]*?)<\/pre>/.exec(text)?.[1] ?? null) : null,
    log: logFacts(r.log),
  };
}
