import type { Param, Stmt } from './ast';

/**
 * Python values. The common immutable ones are JavaScript's own: `None` is null, `bool`
 * a boolean, `int` a number (the lessons never need big integers), `str` a string.
 * Everything else is an object of one of the classes below.
 */
export type PyValue = null | boolean | number | string | PyObject;

export type Kwargs = Map<string, PyValue>;

export abstract class PyObject {}

export class PyFloat extends PyObject {
  constructor(readonly value: number) {
    super();
  }
}

export class PyList extends PyObject {
  constructor(public items: PyValue[]) {
    super();
  }
}

export class PyTuple extends PyObject {
  constructor(readonly items: readonly PyValue[]) {
    super();
  }
}

/** A dict keeps insertion order; keys are hashed to strings by `hashKey`. */
export class PyDict extends PyObject {
  constructor(readonly entries: Map<string, { key: PyValue; value: PyValue }> = new Map()) {
    super();
  }
}

export class PySet extends PyObject {
  readonly entries = new Map<string, PyValue>();
  /** A frozenset: hashable, without the methods that change it. */
  frozen = false;
}

export class PySlice extends PyObject {
  constructor(
    readonly lower: PyValue,
    readonly upper: PyValue,
    readonly step: PyValue,
  ) {
    super();
  }
}

/** Names bound in a module, a class body or a call. */
export class Scope {
  readonly globals: Set<string> = new Set();
  constructor(
    readonly parent: Scope | null,
    /** A module's scope is its dict itself; other scopes start empty. */
    readonly vars: Map<string, PyValue> = new Map(),
  ) {}
}

export class PyModule extends PyObject {
  readonly dict = new Map<string, PyValue>();
  constructor(
    readonly name: string,
    readonly file: string | null,
  ) {
    super();
    this.dict.set('__name__', name);
    this.dict.set('__file__', file);
  }
}

/** A `def` written in Python. */
export class PyFunction extends PyObject {
  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly params: Param[],
    readonly defaults: Map<string, PyValue>,
    readonly body: Stmt[],
    readonly globals: PyModule,
    readonly closure: Scope | null,
  ) {
    super();
  }
  /** `__annotations__`, built when the function is defined. */
  annotations: PyDict | null = null;
  /** Attributes set on the function (`f.short_description = ...`, `__isabstractmethod__`), its `__dict__`. */
  readonly attrs = new Map<string, PyValue>();
  /** co_freevars: the enclosing functions' variables this one reads (closures.ts). */
  freevars: string[] = [];
  /** The line of its `def`. */
  line = 0;
  /** An `async def`: calling it makes a coroutine. */
  isAsync = false;
}

/** A function the framework provides, written in TypeScript. */
export class PyNativeFunction extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: (args: PyValue[], kwargs: Kwargs) => PyValue,
  ) {
    super();
  }
}

export class PyBoundMethod extends PyObject {
  constructor(
    readonly self: PyValue,
    readonly func: PyValue,
  ) {
    super();
  }
}

/** Hooks that let the framework give a class native behaviour (Django's Model, Field...). */
export interface NativeClassHooks {
  /** Builds an instance instead of calling `__init__` (the framework checks the arguments). */
  construct?(cls: PyClass, args: PyValue[], kwargs: Kwargs): PyValue;
  /** Called when Python code subclasses this class, like a metaclass or `__init_subclass__`. */
  onSubclass?(cls: PyClass): void;
  /** Attributes computed on demand for instances (after the instance's own dict). */
  getAttr?(self: PyInstance, name: string): PyValue | undefined;
}

export class PyClass extends PyObject {
  readonly dict = new Map<string, PyValue>();
  mro: PyClass[] = [];
  /** The class body's docstring, `__doc__`. */
  doc: PyValue = null;
  /** The class's metaclass when it is not `type`; inherited from the bases. */
  metaclass: PyClass | null;
  constructor(
    readonly name: string,
    readonly bases: PyClass[],
    readonly module: string,
    readonly hooks: NativeClassHooks = {},
    public qualname: string = name,
  ) {
    super();
    this.mro = [this, ...linearize(bases)];
    this.metaclass = bases.find((b) => b.metaclass !== null)?.metaclass ?? null;
  }

  /** A method the metaclass gives the class itself (`len(Color)`, `Color(1)`, `for c in Color`). */
  metaLookup(name: string): PyValue | undefined {
    return this.metaclass?.lookup(name);
  }

  lookup(name: string): PyValue | undefined {
    for (const cls of this.mro) if (cls.dict.has(name)) return cls.dict.get(name);
    return undefined;
  }

  isSubclassOf(other: PyClass): boolean {
    return this.mro.includes(other);
  }

  hook<K extends keyof NativeClassHooks>(name: K): { cls: PyClass; hook: NonNullable<NativeClassHooks[K]> } | undefined {
    for (const cls of this.mro) {
      const hook = cls.hooks[name];
      if (hook) return { cls, hook: hook as NonNullable<NativeClassHooks[K]> };
    }
    return undefined;
  }
}

/** A simplified C3: depth-first, keeping the last occurrence, which is right for the single-inheritance chains the subset meets. */
function linearize(bases: PyClass[]): PyClass[] {
  const out: PyClass[] = [];
  for (const base of bases) for (const cls of base.mro) {
    const at = out.indexOf(cls);
    if (at >= 0) out.splice(at, 1);
    out.push(cls);
  }
  return out;
}

/** The metaclass's method `name` when `value` is a class that has one. */
export function metaMethod(value: PyValue, name: string): PyValue | undefined {
  return value instanceof PyClass ? value.metaLookup(name) : undefined;
}

export class PyInstance extends PyObject {
  readonly dict = new Map<string, PyValue>();
  /** Data the framework keeps for native classes (a field's options, a path...). */
  native: unknown = undefined;
  constructor(readonly cls: PyClass) {
    super();
  }
}
