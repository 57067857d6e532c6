import { describe, expect, it } from 'vitest';
import {
  Interpreter,
  PyClass,
  PyException,
  PyInstance,
  PyList,
  PyNativeFunction,
  PyTuple,
  PyFloat,
  newDict,
  newException,
  objectClass,
  exceptionClass,
  type PyValue,
} from '../python';
import { Engine, errorData, markSafe } from '.';
import fixtures from '../__fixtures__/django52/templates/templates.json';

/** Cases recorded from Django 5.2 by scripts/record-django/templates.py. */
interface Case {
  name: string;
  templates: Record<string, string>;
  render: string;
  context: Record<string, unknown>;
  csrf?: string;
  output?: string;
  error?: { type: string; message: string; line?: number; template?: string };
}

const interp = new Interpreter({
  fs: { readFile: () => null, isDirectory: () => false },
  sysPath: [],
  nativeModules: {},
  stdout: () => {},
});

const dateClass = new PyClass('date', [objectClass], 'datetime');
const datetimeClass = new PyClass('datetime', [dateClass], 'datetime');
const objClass = new PyClass('Obj', [objectClass], '__main__');
for (const cls of [dateClass, datetimeClass]) {
  cls.dict.set('__str__', new PyNativeFunction('__str__', ([self]) => (self as PyInstance).native as string));
}

/** The recording script's JSON encoding, back to Python values. */
function decode(value: unknown): PyValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value : new PyFloat(value);
  if (Array.isArray(value)) return new PyList(value.map(decode));
  const obj = value as Record<string, unknown>;
  if ('$date' in obj || '$datetime' in obj) {
    const iso = (obj.$date ?? obj.$datetime) as string;
    const [y, m, d, hh, mm, ss] = iso.split(/[-T:]/).map(Number);
    const inst = new PyInstance('$date' in obj ? dateClass : datetimeClass);
    inst.native = '$date' in obj ? iso : iso.replace('T', ' ');
    Object.entries({ year: y, month: m, day: d }).forEach(([k, v]) => inst.dict.set(k, v!));
    if ('$datetime' in obj) Object.entries({ hour: hh, minute: mm, second: ss, microsecond: 0 }).forEach(([k, v]) => inst.dict.set(k, v!));
    return inst;
  }
  if ('$obj' in obj) {
    const inst = new PyInstance(objClass);
    for (const [k, v] of Object.entries(obj.$obj as Record<string, unknown>)) inst.dict.set(k, decode(v));
    return inst;
  }
  if ('$safe' in obj) return markSafe(obj.$safe as string);
  if ('$tuple' in obj) return new PyTuple((obj.$tuple as unknown[]).map(decode));
  return newDict(Object.entries(obj).map(([k, v]) => [k, decode(v)] as [PyValue, PyValue]));
}

const NoReverseMatch = new PyClass('NoReverseMatch', [exceptionClass('Exception')], 'django.urls.exceptions');
/** The recording's URLconf: '', students/<int:pk>/, hello/<str:name>/. */
function reverse(name: string, args: PyValue[], kwargs: Map<string, PyValue>): string {
  const patterns: Record<string, (v: PyValue[]) => string> = {
    index: () => '/',
    'student-detail': ([pk]) => `/students/${interp.str(pk!)}/`,
    hello: ([n]) => `/hello/${encodeURIComponent(interp.str(n!))}/`,
  };
  const pattern = patterns[name];
  if (!pattern) throw new PyException(newException(NoReverseMatch, [`Reverse for '${name}' not found. '${name}' is not a valid view function or pattern name.`]));
  return pattern(args.length ? args : [...kwargs.values()]);
}

function engineFor(templates: Record<string, string>): Engine {
  return new Engine({
    interp,
    readFile: (path) => (path.startsWith('/t/') ? (templates[path.slice(3)] ?? null) : null),
    dirs: ['/t'],
    appDirs: [],
    debug: true,
    staticUrl: '/static/',
    reverse,
  });
}

function run(c: Case): { output?: string; error?: Case['error'] } {
  const engine = engineFor(c.templates);
  try {
    const context = decode(c.context);
    return { output: engine.renderToString(c.render, context, c.csrf ? { csrfToken: c.csrf } : null) };
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
    const debug = errorData(err).debug;
    const error: Case['error'] = { type: err.exc.cls.name, message: interp.str(err.exc) };
    if (debug) Object.assign(error, { line: debug.line, template: debug.name });
    return { error };
  }
}

describe('templates rendered as Django 5.2 renders them', () => {
  // JSON imports are typed by their literal shape; the recording's schema is Case.
  for (const c of (fixtures as unknown as { cases: Case[] }).cases) {
    it(c.name, () => {
      const result = run(c);
      if (c.error) expect(result).toEqual({ error: c.error });
      else expect(result).toEqual({ output: c.output });
    });
  }
});

describe('engine API', () => {
  it('lists the paths it tried when a template does not exist', () => {
    const engine = new Engine({
      interp,
      readFile: () => null,
      dirs: ['/p/templates'],
      appDirs: ['/p/home/templates', '/p/accounts/templates'],
      debug: true,
      staticUrl: '/static/',
      reverse,
    });
    try {
      engine.renderToString('nope.html', null);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(PyException);
      expect(interp.str((err as PyException).exc)).toBe('nope.html');
      expect(errorData(err as PyException).attemptedPaths?.map((a) => a.path)).toEqual([
        '/p/templates/nope.html',
        '/p/home/templates/nope.html',
        '/p/accounts/templates/nope.html',
      ]);
    }
  });

  it('finds app templates in INSTALLED_APPS order and renders fromString', () => {
    const files: Record<string, string> = { '/p/accounts/templates/x.html': 'accounts', '/p/home/templates/x.html': 'home {{ a }}' };
    const engine = new Engine({ interp, readFile: (p) => files[p] ?? null, dirs: [], appDirs: ['/p/home/templates', '/p/accounts/templates'], debug: true, staticUrl: '/static/', reverse });
    expect(engine.renderToString('x.html', newDict([['a', '<1>']]))).toBe('home &lt;1&gt;');
    expect(engine.fromString('{{ a|upper }}').render(newDict([['a', 'b']]))).toBe('B');
  });
});
