import type { Interpreter } from './interpreter';
import { PyClass, PyInstance, PyNativeFunction, PyTuple, type Kwargs, type PyValue } from './objects';
import { objectClass, pyError } from './exceptions';
import { reprOf } from './format';
import { hashKey, valuesEqual } from './values';

/**
 * `list[int]` (types.GenericAlias) and `int | None` (types.UnionType): what annotations
 * written with the builtins evaluate to. They only describe types; calling an alias calls its
 * origin, as in CPython.
 */
interface AliasData {
  origin: PyValue;
  args: PyValue[];
}

const classes = new WeakMap<Interpreter, { alias: PyClass; union: PyClass }>();

function aliasData(value: PyValue): AliasData | undefined {
  return value instanceof PyInstance && (value.cls.name === 'GenericAlias' || value.cls.name === 'UnionType') && value.cls.module === 'types' ? (value.native as AliasData) : undefined;
}

/** How typing prints a type inside an alias: `int`, `mod.Cls`, `None`, `...`, else repr(). */
export function typeRepr(value: PyValue, interp: Interpreter): string {
  if (value === null || (value instanceof PyClass && value.name === 'NoneType' && value.module === 'builtins')) return 'None';
  if (value instanceof PyClass) return value.module === 'builtins' ? value.qualname : `${value.module}.${value.qualname}`;
  if (value instanceof PyInstance && value.cls.name === 'ellipsis') return '...';
  return reprOf(value, interp);
}

function native(name: string, fn: (args: PyValue[], kwargs: Kwargs) => PyValue) {
  return new PyNativeFunction(name, fn);
}

function aliasClasses(interp: Interpreter) {
  let found = classes.get(interp);
  if (found) return found;
  const make = (name: string) => {
    const cls = new PyClass(name, [objectClass], 'types', {
      getAttr: (self, attr) => {
        const data = self.native as AliasData;
        if (attr === '__args__') return new PyTuple(data.args);
        if (attr === '__origin__' && name === 'GenericAlias') return data.origin;
        return undefined;
      },
    });
    cls.dict.set('__eq__', native('__eq__', ([a, b]) => {
      const x = aliasData(a!);
      const y = aliasData(b!);
      return !!x && !!y && (a as PyInstance).cls === (b as PyInstance).cls && x.origin === y.origin && x.args.length === y.args.length && x.args.every((v, i) => valuesEqual(v, y.args[i]!) || v === y.args[i]);
    }));
    cls.dict.set('__hash__', native('__hash__', ([a]) => hashKey(new PyTuple(aliasData(a!)!.args)).length));
    cls.dict.set('__or__', native('__or__', ([a, b]) => typeUnion(a!, b!, interp)));
    cls.dict.set('__ror__', native('__ror__', ([a, b]) => typeUnion(b!, a!, interp)));
    return cls;
  };
  const alias = make('GenericAlias');
  alias.dict.set('__repr__', native('__repr__', ([self]) => {
    const data = aliasData(self!)!;
    const args = data.args.length ? data.args.map((a) => (a instanceof PyInstance && a.native instanceof Array ? '[' + a.native.map((x: PyValue) => typeRepr(x, interp)).join(', ') + ']' : typeRepr(a, interp))).join(', ') : '()';
    return `${typeRepr(data.origin, interp)}[${args}]`;
  }));
  alias.dict.set('__call__', native('__call__', ([self, ...args], kwargs) => interp.call(aliasData(self!)!.origin, args, kwargs)));
  const union = make('UnionType');
  union.dict.set('__repr__', native('__repr__', ([self]) => aliasData(self!)!.args.map((a) => typeRepr(a, interp)).join(' | ')));
  found = { alias, union };
  classes.set(interp, found);
  return found;
}

export function genericAlias(origin: PyValue, params: PyValue, interp: Interpreter): PyInstance {
  const alias = new PyInstance(aliasClasses(interp).alias);
  alias.native = { origin, args: params instanceof PyTuple ? [...params.items] : [params] } satisfies AliasData;
  return alias;
}

/** The members of an `int | str` union (isinstance accepts one), else undefined. */
export function unionMembers(value: PyValue): PyValue[] | undefined {
  return value instanceof PyInstance && value.cls.name === 'UnionType' && value.cls.module === 'types' ? (value.native as AliasData).args : undefined;
}

/** Whether `x | y` between these makes a types.UnionType: classes, None and aliases. */
export function isTypeUnionOperand(value: PyValue): boolean {
  return value === null || value instanceof PyClass || aliasData(value) !== undefined;
}

export function typeUnion(a: PyValue, b: PyValue, interp: Interpreter): PyValue {
  if (!isTypeUnionOperand(a) || !isTypeUnionOperand(b)) throw pyError('TypeError', 'unsupported operand type(s) for |');
  const { union } = aliasClasses(interp);
  const args: PyValue[] = [];
  for (const side of [a, b]) {
    const inner = side instanceof PyInstance && side.cls === union ? (side.native as AliasData).args : [side];
    for (const t of inner) {
      const normal = t === null ? interp.builtins.get('NoneType')! : t;
      if (!args.includes(normal)) args.push(normal);
    }
  }
  if (args.length === 1) return args[0]!;
  const result = new PyInstance(union);
  result.native = { origin: null, args } satisfies AliasData;
  return result;
}

/** list[int], dict[str, int], tuple[int, ...], type[X]: the builtins that are generic. */
export function installClassGetItem(builtins: Map<string, PyValue>, interp: Interpreter) {
  for (const name of ['list', 'dict', 'tuple', 'set', 'frozenset', 'type']) {
    const cls = builtins.get(name);
    if (cls instanceof PyClass) cls.dict.set('__class_getitem__', native('__class_getitem__', ([params]) => genericAlias(cls, params!, interp)));
  }
}
