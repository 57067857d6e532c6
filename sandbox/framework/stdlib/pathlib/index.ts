import { ORDERINGS, PyClass, PyDict, PyInstance, PyNativeFunction, PyTuple, objectClass, pyError, typeName, type Interpreter, type Kwargs, type PyValue } from '../../python';
import { PyBytes } from '../../python/bytes';
import { fspath } from '../io/host';
import { homeOf } from '../os/path-module';
import { format, joinSegments, matchPattern, nameOf, parentOf, parse, stemOf, suffixOf, suffixesOf, type Parsed } from './pure';
import { registerConcrete } from './concrete';

export interface PathClasses {
  PurePath: PyClass;
  PurePosixPath: PyClass;
  Path: PyClass;
  PosixPath: PyClass;
  /** A new path of `like`'s class. */
  make(like: PyClass, text: string): PyInstance;
  textOf(value: PyValue): string;
}

/** `pathlib`: pure paths (parts, names, suffixes, joining) and concrete ones on the run's disk. */
export function pathlibModule(interp: Interpreter, environ: PyDict): Record<string, PyValue> {
  const classes = pathClasses(interp);
  registerConcrete(interp, classes, () => homeOf(environ));
  const { PurePath, PurePosixPath, Path, PosixPath } = classes;
  const unsupported = (name: string) => new PyClass(name, [PurePath], 'pathlib', {
    construct: () => {
      throw pyError('NotImplementedError', `cannot instantiate '${name}' on your system`);
    },
  });
  return { PurePath, PurePosixPath, PureWindowsPath: unsupported('PureWindowsPath'), Path, PosixPath, WindowsPath: unsupported('WindowsPath') };
}

function pathClasses(interp: Interpreter): PathClasses {
  const construct = (cls: PyClass, args: PyValue[]) => {
    const concrete = cls === PurePath ? PurePosixPath : cls === Path ? PosixPath : cls;
    return make(concrete, joinSegments(args.map(segment)));
  };
  const PurePath: PyClass = new PyClass('PurePath', [objectClass], 'pathlib', { construct, getAttr: (self, name) => attribute(self, name) });
  const PurePosixPath: PyClass = new PyClass('PurePosixPath', [PurePath], 'pathlib');
  const Path: PyClass = new PyClass('Path', [PurePath], 'pathlib');
  const PosixPath: PyClass = new PyClass('PosixPath', [Path, PurePosixPath], 'pathlib');
  // The simplified MRO puts Path's bases after PurePosixPath's; PosixPath needs Path first.
  PosixPath.mro = [PosixPath, Path, PurePosixPath, PurePath, objectClass];

  const make = (cls: PyClass, text: string): PyInstance => {
    const instance = new PyInstance(cls);
    instance.native = text;
    return instance;
  };
  const isPath = (v: PyValue | undefined): v is PyInstance => v instanceof PyInstance && v.cls.isSubclassOf(PurePath) && typeof v.native === 'string';
  const textOf = (v: PyValue): string => (isPath(v) ? (v.native as string) : fspath(interp, v));
  function segment(v: PyValue): string {
    if (typeof v === 'string') return v;
    if (isPath(v)) return v.native as string;
    try {
      const text = fspath(interp, v);
      if (v instanceof PyBytes) throw new Error('bytes');
      return text;
    } catch {
      throw pyError('TypeError', `argument should be a str or an os.PathLike object where __fspath__ returns a str, not '${typeName(v)}'`);
    }
  }
  const parsed = (self: PyValue | undefined): Parsed => parse(selfText(self));
  const selfText = (self: PyValue | undefined): string => {
    if (!isPath(self)) throw pyError('TypeError', `descriptor requires a 'pathlib.PurePath' object but received a '${typeName(self ?? null)}'`);
    return self.native as string;
  };
  const like = (self: PyValue | undefined, p: Parsed | string) => make((self as PyInstance).cls, typeof p === 'string' ? p : format(p));
  const reprOf = (self: PyInstance) => `${self.cls.name}(${interp.repr(self.native as string)})`;

  function attribute(self: PyInstance, name: string): PyValue | undefined {
    if (typeof self.native !== 'string') return undefined;
    const p = parse(self.native);
    switch (name) {
      case 'parts':
        return new PyTuple(p.root ? [p.root, ...p.parts] : p.parts);
      case 'drive':
        return '';
      case 'root':
        return p.root;
      case 'anchor':
        return p.root;
      case 'name':
        return nameOf(p);
      case 'stem':
        return stemOf(nameOf(p));
      case 'suffix':
        return suffixOf(nameOf(p));
      case 'suffixes':
        return interp.call(interp.builtins.get('list')!, [new PyTuple(suffixesOf(nameOf(p)))]);
      case 'parent':
        return like(self, parentOf(p));
      case 'parents': {
        const out: PyValue[] = [];
        for (let q = p; q.parts.length; q = parentOf(q)) out.push(like(self, parentOf(q)));
        return new PyTuple(out);
      }
    }
    return undefined;
  }

  const method = (name: string, body: (self: PyInstance, args: PyValue[], kwargs: Kwargs) => PyValue) => {
    PurePath.dict.set(name, new PyNativeFunction(name, ([self, ...args], kwargs) => {
      selfText(self);
      return body(self as PyInstance, args, kwargs);
    }));
  };
  // The interpreter does not yet try the other operand on NotImplemented: these raise Python's own TypeError.
  const unsupported = (symbol: string, a: PyValue, b: PyValue, comparison = false) =>
    pyError('TypeError', comparison ? `'${symbol}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'` : `unsupported operand type(s) for ${symbol}: '${typeName(a)}' and '${typeName(b)}'`);
  method('__str__', (self) => self.native as string);
  method('__repr__', (self) => reprOf(self));
  method('__fspath__', (self) => self.native as string);
  method('__bytes__', (self) => new PyBytes(new TextEncoder().encode(self.native as string)));
  method('__hash__', (self) => interp.call(interp.builtins.get('hash')!, [self.native as string]));
  method('__eq__', (self, [other]) => isPath(other) && other.native === self.native);
  const key = (v: PyInstance) => {
    const p = parse(v.native as string);
    return p.root ? [p.root, ...p.parts] : p.parts;
  };
  const compare = (a: string[], b: string[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
    return a.length - b.length;
  };
  for (const [name, symbol, test] of ORDERINGS) {
    method(name, (self, [other]) => {
      if (!isPath(other)) throw unsupported(symbol, self, other ?? null, true);
      return test(compare(key(self), key(other)));
    });
  }
  const joined = (self: PyInstance, others: PyValue[]) => like(self, joinSegments([self.native as string, ...others.map(segment)]));
  method('__truediv__', (self, [other]) => {
    if (typeof other !== 'string' && !isPath(other) && !(other instanceof PyInstance && other.cls.lookup('__fspath__'))) throw unsupported('/', self, other ?? null);
    return joined(self, [other!]);
  });
  method('__rtruediv__', (self, [other]) => {
    if (typeof other !== 'string' && !(other instanceof PyInstance && other.cls.lookup('__fspath__'))) throw unsupported('/', other ?? null, self);
    return like(self, joinSegments([segment(other!), self.native as string]));
  });
  method('joinpath', (self, args) => joined(self, args));
  method('with_segments', (self, args) => like(self, joinSegments(args.map(segment))));
  method('as_posix', (self) => self.native as string);
  method('as_uri', (self) => {
    if (!(self.native as string).startsWith('/')) throw pyError('ValueError', "relative path can't be expressed as a file URI");
    return `file://${encodeURI(self.native as string)}`;
  });
  method('is_absolute', (self) => parse(self.native as string).root !== '');
  method('is_reserved', () => false);
  method('with_name', (self, [name]) => {
    const p = parsed(self);
    if (!nameOf(p)) throw pyError('ValueError', `${reprOf(self)} has an empty name`);
    const n = segment(name ?? null);
    if (!n || n.includes('/') || n === '.') throw pyError('ValueError', `Invalid name ${interp.repr(n)}`);
    return like(self, { root: p.root, parts: [...p.parts.slice(0, -1), n] });
  });
  method('with_stem', (self, [stem]) => {
    const p = parsed(self);
    const s = segment(stem ?? null);
    return interp.call(interp.getAttr(self, 'with_name'), [s + suffixOf(nameOf(p))]);
  });
  method('with_suffix', (self, [suffix]) => {
    const p = parsed(self);
    const s = segment(suffix ?? null);
    if ((s && (!s.startsWith('.') || s === '.')) || s.includes('/')) throw pyError('ValueError', `Invalid suffix ${interp.repr(s)}`);
    const name = nameOf(p);
    if (!name) throw pyError('ValueError', `${reprOf(self)} has an empty name`);
    return like(self, { root: p.root, parts: [...p.parts.slice(0, -1), stemOf(name) + s] });
  });
  const relativeTo = (self: PyInstance, other: PyValue, walkUp: boolean): Parsed | string => {
    const p = parsed(self);
    const base = parse(joinSegments([segment(other)]));
    const within = p.root === base.root && base.parts.every((part, i) => p.parts[i] === part);
    if (within) return { root: '', parts: p.parts.slice(base.parts.length) };
    const message = `${interp.repr(self.native as string)} is not in the subpath of ${interp.repr(format(base))}`;
    if (!walkUp || p.root !== base.root) return message;
    let common = 0;
    while (common < base.parts.length && p.parts[common] === base.parts[common]) common++;
    if (base.parts.slice(common).includes('..')) return `'..' segment in ${interp.repr(format(base))} cannot be walked`;
    return { root: '', parts: [...Array(base.parts.length - common).fill('..'), ...p.parts.slice(common)] };
  };
  method('relative_to', (self, [other, ...more], kwargs) => {
    if (other === undefined) throw pyError('TypeError', "PurePath.relative_to() missing 1 required positional argument: 'other'");
    const target = more.length ? joinSegments([segment(other), ...more.map(segment)]) : other;
    const out = relativeTo(self, target, interp.truthy(kwargs.get('walk_up') ?? false));
    if (typeof out === 'string') throw pyError('ValueError', out);
    return like(self, out);
  });
  method('is_relative_to', (self, [other]) => typeof relativeTo(self, other ?? null, false) !== 'string');
  method('match', (self, [pattern]) => {
    try {
      return matchPattern(parsed(self), segment(pattern ?? null));
    } catch (err) {
      if (err instanceof Error && err.message === 'empty pattern') throw pyError('ValueError', 'empty pattern');
      throw err;
    }
  });
  return { PurePath, PurePosixPath, Path, PosixPath, make, textOf };
}

export { fsPath } from './fs-path';
