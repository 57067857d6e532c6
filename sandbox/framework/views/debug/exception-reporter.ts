import fs from 'node:fs';
import { PyDict, PyException, PyInstance, PyList, dictSet, exceptionLine, formatException, type Interpreter, type PyValue } from '../../python';
import { GLOBAL_SETTING_NAMES, globalSetting } from '../../conf/global-settings';
import type { Settings } from '../../conf/settings';
import { parseQuery } from '../../http/querydict';
import { parseCookieHeader } from '../../http/cookies';
import type { RequestInfo } from '../../http/request';
import { DJANGO_VERSION } from '../../version';
import { TemplateDoesNotExist, errorData } from '../../template/errors';

/** One frame of the traceback, with the source around its line (django.views.debug.ExceptionReporter.get_traceback_frames). */
export interface ReportFrame {
  file: string;
  line: number;
  name: string;
  /** Django's own frames are told apart from the learner's ("frame django" / "frame user"). */
  kind: 'user' | 'django';
  pre: { line: number; text: string }[];
  current: string;
  post: { line: number; text: string }[];
}

/** What the DEBUG error page shows (ExceptionReporter.get_traceback_data). */
export interface ErrorReport {
  type: string;
  value: string;
  method: string;
  url: string;
  pathInfo: string;
  djangoVersion: string;
  raisedDuring: string;
  pythonExecutable: string;
  pythonVersion: string;
  pythonPath: string;
  serverTime: string;
  frames: ReportFrame[];
  /** Python's rendering of the traceback, for the copy-and-paste view. */
  tracebackText: string;
  installedApps: string;
  middleware: string;
  user: string | null;
  get: [string, string][];
  post: [string, string][];
  cookies: [string, string][];
  meta: [string, string][];
  settingsModule: string;
  settings: [string, string][];
  /** TemplateDoesNotExist: the files each loader tried (the "Template-loader postmortem"); null for other errors. */
  postmortem: { loader: string; path: string; reason: string }[] | null;
}

/** What the handler knows when a view fails. */
export interface ReportContext {
  interp: Interpreter;
  settings: Settings;
  request: PyInstance;
  info: RequestInfo;
  url: string;
  raisedDuring: string;
}

// SafeExceptionReporterFilter.hidden_settings and cleansed_substitute.
const HIDDEN = /API|AUTH|TOKEN|KEY|SECRET|PASS|SIGNATURE|HTTP_COOKIE/i;
const CLEANSED = '********************';
const CONTEXT_LINES = 7;

function sourceLines(file: string): string[] | null {
  try {
    return fs.readFileSync(file, 'utf8').split('\n');
  } catch {
    return null;
  }
}

function frameOf(entry: { file: string; line: number; name: string; text: string }): ReportFrame {
  const lines = sourceLines(entry.file);
  const around = (from: number, to: number) => {
    const out: { line: number; text: string }[] = [];
    for (let n = Math.max(1, from); n <= Math.min(lines?.length ?? 0, to); n++) out.push({ line: n, text: lines![n - 1]! });
    return out;
  };
  return {
    file: entry.file,
    line: entry.line,
    name: entry.name,
    kind: entry.file.includes('/site-packages/django/') ? 'django' : 'user',
    pre: around(entry.line - CONTEXT_LINES, entry.line - 1),
    current: lines?.[entry.line - 1] ?? entry.text,
    post: around(entry.line + 1, entry.line + CONTEXT_LINES - 1),
  };
}

/** A setting's value with what looks secret blanked, dictionaries searched too (cleanse_setting). */
function cleanse(key: string, value: PyValue): PyValue {
  if (HIDDEN.test(key)) return CLEANSED;
  if (!(value instanceof PyDict)) return value;
  const copy = new PyDict();
  for (const { key: k, value: v } of value.entries.values()) dictSet(copy, k, typeof k === 'string' ? cleanse(k, v) : v);
  return copy;
}

/** pprint.pformat(items), as the page's template prints the lists it shows (sys.path, the installed apps). */
function pformatList(items: string[], interp: Interpreter): string {
  const list = new PyList(items);
  const pformat = interp.importModule('pprint').dict.get('pformat');
  return pformat ? interp.str(interp.call(pformat, [list])) : interp.repr(list);
}

/** QueryDict.items(): each key with its last value. */
function pairs(values: Map<string, string[]>, interp: Interpreter): [string, string][] {
  return [...values].map(([k, v]) => [k, interp.repr(v[v.length - 1] ?? '')]);
}

function userOf(request: PyInstance, interp: Interpreter): string | null {
  try {
    const user = interp.getAttr(request, 'user');
    return user === null ? null : interp.str(user);
  } catch {
    return null;
  }
}

function metaOf(request: PyInstance, interp: Interpreter): [string, string][] {
  const meta = request.dict.get('META');
  if (!(meta instanceof PyDict)) return [];
  return [...meta.entries.values()]
    .map(({ key, value }): [string, string] => [interp.str(key), HIDDEN.test(interp.str(key)) ? interp.repr(CLEANSED) : interp.repr(value)])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function settingsOf(settings: Settings, interp: Interpreter): [string, string][] {
  const names = [...new Set([...GLOBAL_SETTING_NAMES, ...settings.names().filter((n) => n === n.toUpperCase())])].sort();
  return names.map((name): [string, string] => [name, interp.repr(cleanse(name, settings.has(name) ? settings.get(name)! : globalSetting(name)!))]);
}

function sysValue(interp: Interpreter, name: string): PyValue | undefined {
  return interp.importModule('sys').dict.get(name);
}

/** The traceback's frames as Python prints them, without the exception's own line (the page gives it apart). */
function tracebackText(err: PyException, interp: Interpreter): string {
  if (!err.traceback.length) return '';
  const full = formatException(err, interp);
  const last = exceptionLine(err, interp) + '\n';
  return full.endsWith(last) ? full.slice(0, -last.length) : full;
}

/** ExceptionReporter: the facts of one failed request, gathered for technical_500.html. */
export function errorReport(err: PyException, c: ReportContext): ErrorReport {
  const { interp, info } = c;
  const path = sysValue(interp, 'path');
  const version = interp.str(sysValue(interp, 'version') ?? '').split(' ')[0] ?? '';
  const form = info.method === 'POST' && (info.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  const middleware = c.settings.get('MIDDLEWARE');
  return {
    type: err.exc.cls.name,
    value: interp.str(err.exc),
    method: info.method,
    url: c.url,
    pathInfo: info.path,
    djangoVersion: DJANGO_VERSION,
    raisedDuring: c.raisedDuring,
    pythonExecutable: interp.str(sysValue(interp, 'executable') ?? ''),
    pythonVersion: version,
    pythonPath: path instanceof PyList ? pformatList(path.items.map((p) => interp.str(p)), interp) : '[]',
    serverTime: new Date().toUTCString().replace('GMT', '+0000'),
    frames: err.traceback.map(frameOf),
    tracebackText: tracebackText(err, interp),
    installedApps: pformatList(c.settings.installedApps(), interp),
    middleware: middleware instanceof PyList ? pformatList(middleware.items.map((m) => interp.str(m)), interp) : '[]',
    user: userOf(c.request, interp),
    get: pairs(parseQuery(info.query), interp),
    post: form ? pairs(parseQuery(info.body), interp) : [],
    cookies: [...parseCookieHeader(info.headers['cookie'] ?? '')].map(([k, v]) => [k, interp.repr(cleanse(k, v))]),
    meta: metaOf(c.request, interp),
    settingsModule: c.settings.moduleName,
    settings: settingsOf(c.settings, interp),
    postmortem: err.exc.cls.isSubclassOf(TemplateDoesNotExist) ? (errorData(err).attemptedPaths ?? []) : null,
  };
}
