import { PyException, builtinExceptionClasses, exceptionClass, newException, objectClass, pyError } from './exceptions';
import { arityError } from './arity-table';
import { createClassBuiltins } from './class-builtins';
import { DICT_METHODS } from './collection-methods';
import { intFromFloat, isIntegral, parseIntText, PyLong } from './big-int';
import { checkArity, createBuiltinFunctions } from './builtin-functions';
import { decodeBytes, PyBytes } from './bytes';
import { parseFloatText } from './float-repr';
import { roundNumber } from './round';
import { hashOf } from './hash-builtin';
import { installInstanceHasher } from './hashing';
import { compareNumbers, unaryNumber } from './numeric';
import { binaryOp } from './operators';
import { pyStrip } from './strings';
import { installClassGetItem, unionMembers } from './generic-alias';
import { typeCall, typeNewFunction } from './class-creation';
import { metaMethod, PyClass, PyDict, PyFloat, PyInstance, PyList, PyNativeFunction, PySet, PyTuple, type Kwargs, type PyValue } from './objects';
import { hashKey, isNumber, newDict, objectId, PyOtherType, toNumber, typeName } from './values';
import type { Interpreter } from './interpreter';
import { registerConstructBuiltins } from './construct-builtins';

/** The class of any value, for isinstance() and type(). */
export function classOf(value: PyValue, builtins: Map<string, PyValue>): PyClass {
  const cls = (name: string) => builtins.get(name) as PyClass;
  if (value instanceof PyInstance) return value.cls;
  if (value === null) return cls('NoneType');
  if (value instanceof PyClass) return value.metaclass ?? cls('type');
  const name = typeName(value);
  const known = builtins.get(name);
  if (known instanceof PyClass) return known;
  // Types not reachable as builtins (dict_keys, ...) still have their own class, as in CPython.
  let hidden = hiddenClasses.get(name);
  if (hidden === undefined) {
    hidden = new PyClass(name, [objectClass], 'builtins');
    hiddenClasses.set(name, hidden);
  }
  return hidden;
}

const hiddenClasses = new Map<string, PyClass>();

function fn(name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue): PyNativeFunction {
  return new PyNativeFunction(name, body);
}

function arity(name: string, args: PyValue[], min: number, max = min) {
  if (args.length < min || args.length > max) {
    const expected = min === max ? (min === 1 ? 'exactly one argument' : `exactly ${min} arguments`) : `at most ${max} arguments`;
    throw pyError('TypeError', `${name}() takes ${expected} (${args.length} given)`);
  }
}

function nativeClass(name: string, construct: (args: PyValue[], kwargs: Kwargs) => PyValue, base: PyClass = objectClass): PyClass {
  return new PyClass(name, [base], 'builtins', {
    construct: (_cls, args, kwargs) => {
      const wrongCount = arityError(`${name}()`, args.length);
      if (wrongCount !== undefined) throw pyError('TypeError', wrongCount);
      return construct(args, kwargs);
    },
  });
}

export function createBuiltins(interp: Interpreter): Map<string, PyValue> {
  const b = new Map<string, PyValue>();
  b.set('object', objectClass);
  // The end of every __init_subclass__ chain: it takes no keywords.
  objectClass.dict.set('__init_subclass__', new PyNativeFunction('__init_subclass__', (args, kwargs) => {
    if (kwargs.size > 0) throw pyError('TypeError', `${args[0] instanceof PyClass ? args[0].name : 'object'}.__init_subclass__() takes no keyword arguments`);
    return null;
  }));
  for (const [name, value] of createClassBuiltins(interp, (v) => classOf(v, b))) b.set(name, value);
  for (const [name, cls] of builtinExceptionClasses()) b.set(name, cls);
  registerConstructBuiltins(b, interp);

  /** A value's own conversion (`int(Decimal('2.5'))` calls Decimal.__int__), if its class has one. */
  const dunder = (v: PyValue | undefined, name: string, extra: PyValue[] = []): PyValue | undefined => {
    if (!(v instanceof PyInstance)) return undefined;
    const method = v.cls.lookup(name);
    return method === undefined ? undefined : interp.call(method, [v, ...extra]);
  };
  const toInt = (args: PyValue[]): PyValue => {
    const converted = dunder(args[0], '__int__');
    if (converted !== undefined) return converted;
    const [v = 0, base] = args;
    if (base !== undefined && base !== null && isIntegral(base)) {
      const b = Number(base);
      if (b !== 0 && (b < 2 || b > 36)) throw pyError('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    }
    if (typeof v === 'string' || v instanceof PyBytes) {
      const source = typeof v === 'string' ? v : decodeBytes(v, 'latin-1');
      const text = pyStrip(source);
      let radix = base === undefined ? 10 : Number(base);
      if (radix === 0) radix = /^[+-]?0x/i.test(text) ? 16 : /^[+-]?0o/i.test(text) ? 8 : /^[+-]?0b/i.test(text) ? 2 : 10;
      const clean = /^[+-]?[0-9a-z]+(_[0-9a-z]+)*$/i.test(text.replace(/^([+-]?)0[xob]_?/i, '$10')) ? text.replace(/_/g, '') : '';
      const n = clean === '' ? null : parseIntText(clean, radix);
      if (n === null) throw pyError('ValueError', `invalid literal for int() with base ${radix}: ${interp.repr(v)}`);
      return n;
    }
    if (v instanceof PyFloat) return intFromFloat(v.value);
    if (v instanceof PyLong) return v;
    if (isNumber(v)) return Math.trunc(toNumber(v));
    throw pyError('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`);
  };
  // int('1010', base=2): the base may be given by keyword.
  b.set('int', nativeClass('int', (args, kwargs) => toInt(kwargs.has('base') ? [args[0] ?? 0, kwargs.get('base')!] : args)));
  b.set('bool', nativeClass('bool', (args) => interp.truthy(args[0] ?? false), b.get('int') as PyClass));
  b.set('float', nativeClass('float', (args) => {
    const converted = dunder(args[0], '__float__');
    if (converted !== undefined) return converted;
    const v = args[0] ?? 0;
    if (typeof v === 'string') {
      const n = parseFloatText(v);
      if (n === null) throw pyError('ValueError', `could not convert string to float: ${interp.repr(v)}`);
      return new PyFloat(n);
    }
    if (v instanceof PyFloat) return v;
    return new PyFloat(toNumber(v));
  }));
  b.set('str', nativeClass('str', (args) => (args.length ? interp.str(args[0]!) : '')));
  b.set('list', nativeClass('list', (args) => new PyList(args.length ? interp.iterate(args[0]!) : [])));
  b.set('tuple', nativeClass('tuple', (args) => new PyTuple(args.length ? interp.iterate(args[0]!) : [])));
  b.set('set', nativeClass('set', (args) => {
    const set = new PySet();
    for (const v of args.length ? interp.iterate(args[0]!) : []) set.entries.set(hashKey(v), v);
    return set;
  }));
  b.set('dict', nativeClass('dict', (args, kwargs) => {
    const dict = newDict();
    DICT_METHODS.update!(dict, args, kwargs, interp);
    return dict;
  }));
  const typeNew = typeNewFunction(interp);
  b.set('type', nativeClass('type', (args, kwargs) => {
    if (args.length === 3) return typeCall(interp, args[0]!, args[1]!, args[2]!, kwargs);
    if (args.length !== 1) throw pyError('TypeError', 'type() takes 1 or 3 arguments');
    return classOf(args[0]!, b);
  }));
  (b.get('type') as PyClass).dict.set('__new__', typeNew);
  // A metaclass's __call__ reaches the ordinary construction through super().__call__.
  (b.get('type') as PyClass).dict.set('__call__', fn('__call__', ([cls, ...args], kwargs) => {
    if (!(cls instanceof PyClass)) throw pyError('TypeError', `descriptor '__call__' requires a 'type' object but received a '${typeName(cls ?? null)}'`);
    return interp.instantiate(cls, args, kwargs);
  }));
  b.set('NoneType', nativeClass('NoneType', () => null));

  b.set('print', fn('print', (args, kwargs) => {
    const sep = kwargs.has('sep') && kwargs.get('sep') !== null ? interp.str(kwargs.get('sep')!) : ' ';
    const end = kwargs.has('end') && kwargs.get('end') !== null ? interp.str(kwargs.get('end')!) : '\n';
    const texts = args.map((a) => interp.str(a));
    // Without file=, print goes to the current sys.stdout, which a program may replace.
    const file = kwargs.get('file') ?? interp.modules.get('sys')?.dict.get('stdout') ?? null;
    if (file === null) {
      if (!interp.modules.has('sys')) interp.options.stdout(texts.join(sep) + end);
    } else {
      // A file object sees each piece written on its own, as CPython writes them.
      const write = interp.getAttr(file, 'write');
      texts.forEach((text, i) => {
        if (i > 0) interp.call(write, [sep]);
        interp.call(write, [text]);
      });
      interp.call(write, [end]);
      if (kwargs.has('flush') && interp.truthy(kwargs.get('flush')!)) interp.call(interp.getAttr(file, 'flush'), []);
    }
    return null;
  }));
  b.set('len', fn('len', (args) => {
    arity('len', args, 1);
    const v = args[0]!;
    if (typeof v === 'string') return [...v].length;
    if (v instanceof PyList || v instanceof PyTuple) return v.items.length;
    if (v instanceof PyDict || v instanceof PySet) return v.entries.size;
    if (v instanceof PyOtherType && v.len) return v.len();
    if (v instanceof PyBytes) return v.data.length;
    const classLen = metaMethod(v, '__len__');
    if (classLen !== undefined) return interp.call(classLen, [v]);
    if (v instanceof PyInstance) {
      const len = v.cls.lookup('__len__');
      if (len !== undefined) return interp.call(len, [v]);
    }
    throw pyError('TypeError', `object of type '${typeName(v)}' has no len()`);
  }));
  b.set('repr', fn('repr', (args) => interp.repr(args[0]!)));
  const isinstance = (value: PyValue, classes: PyValue): boolean => {
    if (classes instanceof PyTuple) return classes.items.some((c) => isinstance(value, c));
    const union = unionMembers(classes);
    if (union) return union.some((c) => isinstance(value, c));
    if (!(classes instanceof PyClass)) throw pyError('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
    return classOf(value, b).isSubclassOf(classes) || (typeof value === 'boolean' && classes === b.get('int'));
  };
  b.set('isinstance', fn('isinstance', (args) => {
    arity('isinstance', args, 2);
    // A metaclass may decide (ABCMeta's registered virtual subclasses).
    const check = metaMethod(args[1]!, '__instancecheck__');
    if (check !== undefined) return interp.truthy(interp.call(check, [args[1]!, args[0]!]));
    return isinstance(args[0]!, args[1]!);
  }));
  b.set('issubclass', fn('issubclass', (args) => {
    arity('issubclass', args, 2);
    const [cls, classes] = args;
    const subclass = (other: PyValue): boolean => {
      if (other instanceof PyTuple) return other.items.some(subclass);
      // A metaclass (abc.ABCMeta) may answer for its classes.
      const check = metaMethod(other, '__subclasscheck__');
      if (check !== undefined) return interp.truthy(interp.call(check, [other, cls!]));
      if (!(other instanceof PyClass)) throw pyError('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
      if (!(cls instanceof PyClass)) throw pyError('TypeError', 'issubclass() arg 1 must be a class');
      return cls.isSubclassOf(other) || (cls === b.get('bool') && other === b.get('int'));
    };
    return subclass(classes!);
  }));
  /** findAttr, with an AttributeError a descriptor raises (Django's "Enrollment has no student.") counting as absent, as getattr() and hasattr() treat it. */
  const attrOrUndefined = (obj: PyValue, name: string): PyValue | undefined => {
    try {
      return interp.findAttr(obj, name);
    } catch (err) {
      if (err instanceof PyException && err.exc.cls.isSubclassOf(exceptionClass('AttributeError'))) return undefined;
      throw err;
    }
  };
  b.set('getattr', fn('getattr', (args) => {
    if (args.length === 3) return attrOrUndefined(args[0]!, interp.str(args[1]!)) ?? args[2]!;
    arity('getattr', args, 2);
    return interp.getAttr(args[0]!, interp.str(args[1]!));
  }));
  b.set('hasattr', fn('hasattr', (args) => attrOrUndefined(args[0]!, interp.str(args[1]!)) !== undefined));
  b.set('setattr', fn('setattr', (args) => {
    interp.setAttr(args[0]!, interp.str(args[1]!), args[2]!);
    return null;
  }));
  b.set('abs', fn('abs', (args) => {
    checkArity('abs', args, 1);
    const v = args[0]!;
    const own = dunder(v, '__abs__');
    if (own !== undefined) return own;
    if (v instanceof PyFloat) return new PyFloat(Math.abs(v.value));
    if (isNumber(v)) return compareNumbers(v, 0) < 0 ? unaryNumber('-', v) : unaryNumber('+', v);
    throw pyError('TypeError', `bad operand type for abs(): '${typeName(v)}'`);
  }));
  b.set('round', fn('round', (args, kwargs) => {
    const ndigits = args[1] ?? kwargs.get('ndigits') ?? null;
    const converted = dunder(args[0], '__round__', ndigits === null ? [] : [ndigits]);
    if (converted !== undefined) return converted;
    return roundNumber(args[0] ?? null, ndigits);
  }));
  b.set('sum', fn('sum', (args) => {
    let total: PyValue = args[1] ?? 0;
    // Floats add with a compensation term, as CPython 3.12 does: sum([0.1] * 10) is 1.0.
    let compensation: number | null = null;
    const flush = () => {
      if (compensation !== null && total instanceof PyFloat && Number.isFinite(compensation)) total = new PyFloat(total.value + compensation);
      compensation = null;
    };
    for (const x of interp.iterate(args[0]!)) {
      if (total instanceof PyFloat && (x instanceof PyFloat || typeof x === 'number')) {
        const s: number = total.value;
        const v = x instanceof PyFloat ? x.value : x;
        const t: number = s + v;
        compensation = (compensation ?? 0) + (Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s);
        total = new PyFloat(t);
        continue;
      }
      flush();
      if (typeof total === 'number' && typeof x === 'number' && Number.isSafeInteger(total + x)) total += x;
      // Anything else adds the way `+` does (Decimals stay Decimals).
      else total = binaryOp('+', total, x, interp);
    }
    flush();
    return total;
  }));
  b.set('any', fn('any', (args) => interp.iterate(args[0]!).some((x) => interp.truthy(x))));
  b.set('all', fn('all', (args) => interp.iterate(args[0]!).every((x) => interp.truthy(x))));
  b.set('id', fn('id', (args) => (typeof args[0] === 'object' && args[0] !== null ? objectId(args[0]) : 0)));
  b.set('hash', fn('hash', (args) => hashOf(args[0]!, interp)));
  b.set('input', fn('input', () => {
    throw pyError('EOFError', 'EOF when reading a line');
  }));
  // exit() and quit(): SystemExit, which ends a console or a script without a traceback.
  for (const name of ['exit', 'quit']) {
    b.set(name, fn(name, (args) => {
      throw new PyException(newException(exceptionClass('SystemExit'), args.length ? [args[0]!] : []));
    }));
  }
  // open() is io.open, written with the standard library (which knows the run's files).
  b.set('open', fn('open', (args, kwargs) => {
    if (!(interp.options.nativeModules.io)) throw pyError('NotImplementedError', "open() is not available in the sandbox's Python");
    return interp.call(interp.getAttr(interp.importModule('io'), 'open'), args, kwargs);
  }));
  for (const [name, value] of createBuiltinFunctions(interp, (v) => classOf(v, b), nativeClass)) b.set(name, value);
  installInstanceHasher(interp);
  installClassGetItem(b, interp);
  return b;
}
