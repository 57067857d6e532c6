import { PyClass, PyInstance, PyNativeFunction, PyTuple, objectClass, type Interpreter, type Kwargs, type PyValue } from '../python';
import { fspath, hostOf, onHost } from './io/host';
import { removeTree } from './shutil';
import type { IoState } from './io/classes';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_';

/** `tempfile`: temporary files and folders under /tmp on the run's disk. */
export function tempfileModule(interp: Interpreter): Record<string, PyValue> {
  const files = () => hostOf(interp).files;
  const randomName = () => Array.from({ length: 8 }, () => LETTERS[Math.floor(Math.random() * LETTERS.length)]).join('');
  const text = (v: PyValue | undefined, fallback: string) => (v === undefined || v === null ? fallback : fspath(interp, v));
  /** A new unused path `dir/prefix + random + suffix`. */
  const fresh = (kwargs: Kwargs, args: PyValue[] = []): string => {
    const suffix = text(args[0] ?? kwargs.get('suffix'), '');
    const prefix = text(args[1] ?? kwargs.get('prefix'), 'tmp');
    const dir = text(args[2] ?? kwargs.get('dir'), '/tmp');
    for (;;) {
      const candidate = `${dir.replace(/\/+$/, '')}/${prefix}${randomName()}${suffix}`;
      if (!files().existsSync(candidate)) return candidate;
    }
  };
  const mkdtemp = (args: PyValue[], kwargs: Kwargs): string => {
    const p = fresh(kwargs, args);
    onHost(() => files().mkdirSync(p), p);
    return p;
  };
  const fn = (name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue) => new PyNativeFunction(name, body);

  const TemporaryDirectory = new PyClass('TemporaryDirectory', [objectClass], 'tempfile', {
    construct: (cls, args, kwargs) => {
      const self = new PyInstance(cls);
      self.dict.set('name', mkdtemp(args, kwargs));
      return self;
    },
  });
  const cleanup = (self: PyValue | undefined) => {
    const name = (self as PyInstance).dict.get('name');
    if (typeof name === 'string' && files().existsSync(name)) onHost(() => removeTree(files(), name), name);
    return null;
  };
  TemporaryDirectory.dict.set('cleanup', fn('cleanup', ([self]) => cleanup(self)));
  TemporaryDirectory.dict.set('__enter__', fn('__enter__', ([self]) => (self as PyInstance).dict.get('name') ?? null));
  TemporaryDirectory.dict.set('__exit__', fn('__exit__', ([self]) => cleanup(self)));
  TemporaryDirectory.dict.set('__repr__', fn('__repr__', ([self]) => `<TemporaryDirectory ${interp.repr((self as PyInstance).dict.get('name') ?? null)}>`));

  const namedFile = (args: PyValue[], kwargs: Kwargs): PyValue => {
    const mode = args[0] ?? kwargs.get('mode') ?? 'w+b';
    const path = fresh(kwargs);
    const open = new Map<string, PyValue>();
    for (const k of ['encoding', 'newline', 'errors']) if (kwargs.has(k)) open.set(k, kwargs.get(k)!);
    const file = interp.call(interp.builtins.get('open')!, [path, mode === 'w+b' || mode === 'w+' ? String(mode).replace('w', 'x') : mode], open);
    const remove = interp.truthy(kwargs.get('delete') ?? true);
    if (remove && file instanceof PyInstance) {
      const state = file.native as IoState;
      state.onClose = () => {
        if (files().existsSync(path)) files().unlinkSync(path);
      };
    }
    return file;
  };
  return {
    tempdir: null,
    template: 'tmp',
    gettempdir: fn('gettempdir', () => '/tmp'),
    gettempprefix: fn('gettempprefix', () => 'tmp'),
    mkdtemp: fn('mkdtemp', mkdtemp),
    mkstemp: fn('mkstemp', (args, kwargs) => {
      const p = fresh(kwargs, args);
      onHost(() => files().writeFileSync(p, new Uint8Array(0)), p);
      return new PyTuple([3, p]);
    }),
    mktemp: fn('mktemp', (args, kwargs) => fresh(kwargs, args)),
    TemporaryDirectory,
    NamedTemporaryFile: fn('NamedTemporaryFile', namedFile),
    TemporaryFile: fn('TemporaryFile', namedFile),
  };
}
