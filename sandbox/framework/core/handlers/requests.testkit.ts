import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openProject, runProgram } from '../../program';
import { makeProject, request } from './project.testkit';
import { pbkdf2Sha256 } from '../../contrib/auth/hashers';

/** One request of the recorded browser session and what real Django answered. */
export interface FlowStep {
  name: string;
  method: string;
  path: string;
  request_headers: Record<string, string>;
  body_sent: string;
  status: string;
  headers: [string, string][];
  set_cookies: string[];
  body: string;
  log: string[];
  sessions: { session_key: string; session_data: string; expire_date: string; decoded: Record<string, unknown> }[];
}

export const flow = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../__fixtures__/django52/requests/flow.json'), 'utf8')) as {
  settings: string;
  files: Record<string, string>;
  secret_key: string;
  steps: FlowStep[];
};

export const step = (name: string): FlowStep => flow.steps.find((s) => s.name === name)!;

/** A hash of the sandbox's PBKDF2 format with few rounds, so that tests log in quickly. */
export function quickHash(password: string): string {
  const salt = 'c2FsdHNhbHQ';
  return `pbkdf2_sha256$1000$${salt}$${btoa(String.fromCharCode(...pbkdf2Sha256(password, salt, 1000)))}`;
}

/** The recorded project, migrated, with the user alice (password Ghar-ka-kaam-2026). */
export function flowProject(): string {
  // makeProject installs the app itself.
  const dir = makeProject(flow.files, flow.settings.replace("INSTALLED_APPS += ['home']\n", ''));
  const io = { cwd: dir, env: {}, stdout: () => undefined, stderr: (t: string) => void process.stderr.write(t) };
  runProgram(['python', 'manage.py', 'migrate', '-v', '0'], io);
  const loaded = openProject(dir, 'myproject.settings');
  loaded.connections.default.execute(
    'INSERT INTO "auth_user" ("password", "last_login", "is_superuser", "username", "first_name", "last_name", "email", "is_staff", "is_active", "date_joined") VALUES (?, NULL, 0, ?, \'\', \'\', \'\', 0, 1, ?)',
    [quickHash('Ghar-ka-kaam-2026'), 'alice', '2026-01-01 00:00:00'],
  );
  loaded.connections.closeAll();
  return dir;
}

/** A browser's cookies for one site, as the recorder kept them: set by Set-Cookie, dropped when expired. */
export class Browser {
  readonly cookies = new Map<string, string>();
  /** The last csrfmiddlewaretoken a page showed. */
  token = '';
  constructor(readonly dir: string) {}

  send(method: string, url: string, body = '', headers: Record<string, string> = {}, withCookies = true) {
    const all: Record<string, string> = { host: '127.0.0.1:8000' };
    if (withCookies && this.cookies.size) all['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (method !== 'GET') {
      all['content-type'] = 'application/x-www-form-urlencoded';
      all['content-length'] = String(body.length);
    }
    for (const [k, v] of Object.entries(headers)) all[k.toLowerCase()] = v;
    const [p, query = ''] = url.split('?');
    const response = request(this.dir, url, { method, path: p, query, headers: all, body });
    for (const [k, v] of response.headers) {
      if (k !== 'Set-Cookie') continue;
      const [pair] = v.split(';');
      const at = pair!.indexOf('=');
      const name = pair!.slice(0, at);
      const value = pair!.slice(at + 1);
      if (value === '""' || /Max-Age=0\b/.test(v)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const token = /name="csrfmiddlewaretoken" value="([^"]+)"/.exec(response.body)?.[1];
    if (token) this.token = token;
    return response;
  }

  /** A recorded step sent again: its body with this session's token, its Origin, its cookies or none. */
  replay(s: FlowStep) {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(s.request_headers)) {
      if (k === 'Content-Type') headers[k] = v;
      if (k === 'Origin' || k === 'X-CSRFToken') headers[k] = k === 'X-CSRFToken' ? (s.name === 'get-or-post-delete' ? (this.cookies.get('csrftoken') ?? '') : this.token) : v;
    }
    const body = s.body_sent.replace('{csrf}', this.token).replace(/csrfmiddlewaretoken=[A-Za-z0-9]{64}(&|$)/, (m, end: string) => (s.name === 'post-wrong-token' ? m : `csrfmiddlewaretoken=${this.token}${end}`));
    const withCookies = 'Cookie' in s.request_headers;
    return this.send(s.method, s.path, body, headers, withCookies);
  }
}

/** A page with its random parts (tokens, dates, session keys, signed values) made comparable. */
export function normalized(text: string): string {
  return text
    .replace(/value="[A-Za-z0-9]{64}"/g, 'value="{token}"')
    .replace(/'[a-z0-9]{32}'/g, "'{session key}'")
    .replace(/(csrftoken|sessionid|messages)=[^;"]+;/g, '$1={value};')
    .replace(/expires=\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT/g, (m) => (m.includes('1970') ? m : 'expires={date}'));
}

export { makeProject };

/** The project answering as runserver answers the Worker's preview: one Set-Cookie per line. */
export function dispatchTo(dir: string, port = 8000) {
  return {
    kind: 'dispatch' as const,
    port,
    log: '',
    async fetch(req: { method: string; path: string; headers: Record<string, string>; body?: Uint8Array }) {
      const [p, query = ''] = req.path.split('?');
      const body = req.body ? new TextDecoder().decode(req.body) : '';
      const r = request(dir, req.path, { method: req.method, path: p, query, headers: req.headers, body, serverPort: String(port) });
      this.log += r.log;
      const headers: Record<string, string> = {};
      for (const [k, v] of r.headers) {
        const key = k.toLowerCase();
        headers[key] = key in headers ? `${headers[key]}${key === 'set-cookie' ? '\n' : ', '}${v}` : v;
      }
      return { status: r.status, headers, body: new TextEncoder().encode(r.body) };
    },
  };
}
