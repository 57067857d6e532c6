import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openProject, runProgram } from '../../program';
import { localGet, type RequestInfo } from '../../http/request';
import { handle, type FinalResponse } from './base';

/** A startproject + startapp project in a temporary folder, with the files a test writes over it. */
export function makeProject(files: Record<string, string>, settings = ''): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'handler-'));
  const io = { cwd: dir, env: {}, stdout: () => undefined, stderr: (t: string) => void process.stderr.write(t) };
  runProgram(['django-admin', 'startproject', 'myproject'], io);
  const project = path.join(dir, 'myproject');
  runProgram(['python', 'manage.py', 'startapp', 'home'], { ...io, cwd: project });
  appendFileSync(path.join(project, 'myproject/settings.py'), `\nINSTALLED_APPS += ['home']\n${settings}`);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(project, name)), { recursive: true });
    writeFileSync(path.join(project, name), text);
  }
  return project;
}

/** One GET (or other) request through the handler, with what Django's loggers printed. */
export function request(project: string, url: string, init: Partial<RequestInfo> = {}): FinalResponse & { log: string; header(name: string): string | undefined } {
  const loaded = openProject(project, 'myproject.settings');
  let log = '';
  const info: RequestInfo = { ...localGet(url), ...init };
  try {
    const response = handle(loaded, info, { log: (t) => (log += t) });
    return { ...response, log, header: (name) => response.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] };
  } finally {
    loaded.connections.closeAll();
  }
}

/** What `python manage.py ...` printed, and how it ended. */
export interface Output {
  code: number;
  stdout: string;
  stderr: string;
  /** runserver went on serving (or waiting) after it returned. */
  held: boolean;
}

/** `python manage.py ...` in the project, as the learner types it. */
export function manage(project: string, args: string[]): Output {
  const out: Output = { code: 0, stdout: '', stderr: '', held: false };
  out.code = runProgram(['python', 'manage.py', ...args], {
    cwd: project,
    env: { TZ: 'UTC' },
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    holdOpen: () => {
      out.held = true;
      return () => undefined;
    },
  });
  return out;
}
