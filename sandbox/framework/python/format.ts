import { pyError } from './exceptions';
import { metaMethod, PyBoundMethod, PyClass, PyDict, PyFloat, PyFunction, PyInstance, PyList, PyModule, PyNativeFunction, PySet, PyTuple, type PyValue } from './objects';
import { PyLong } from './big-int';
import { bytesRepr, PyBytes } from './bytes';
import { PyDictView } from './dict-views';
import { formatFloatSpec, formatIntSpec, formatStrSpec, intValue } from './format-spec';
import { floatRepr, objectId, PyOtherType, strRepr, typeName } from './values';
import type { Interpreter } from './interpreter';

/**
 * repr(). Without an interpreter it still covers plain data (what the standard library's own
 * code formats); only an instance with its own __repr__ needs one to run it.
 */
export function reprOf(value: PyValue, interp?: Interpreter): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return strRepr(value);
  if (value instanceof PyLong) return value.value.toString();
  if (value instanceof PyFloat) return floatRepr(value.value);
  if (value instanceof PyList) return `[${value.items.map((v) => reprOf(v, interp)).join(', ')}]`;
  if (value instanceof PyTuple) {
    const inner = value.items.map((v) => reprOf(v, interp)).join(', ');
    return value.items.length === 1 ? `(${inner},)` : `(${inner})`;
  }
  if (value instanceof PyDict) return `{${[...value.entries.values()].map((e) => `${reprOf(e.key, interp)}: ${reprOf(e.value, interp)}`).join(', ')}}`;
  if (value instanceof PySet) {
    const inner = [...value.entries.values()].map((v) => reprOf(v, interp)).join(', ');
    if (value.frozen) return inner ? `frozenset({${inner}})` : 'frozenset()';
    return inner ? `{${inner}}` : 'set()';
  }
  if (value instanceof PyDictView) return `${value.pyTypeName}(${reprOf(new PyList(value.iterItems()), interp)})`;
  if (value instanceof PyOtherType && value.repr) return value.repr();
  if (value instanceof PyBytes) return bytesRepr(value);
  if (value instanceof PyModule) return value.file ? `<module '${value.name}' from '${value.file}'>` : `<module '${value.name}'>`;
  const classRepr = metaMethod(value, '__repr__');
  if (classRepr !== undefined) return asString(needInterpreter(interp).call(classRepr, [value]), '__repr__');
  if (value instanceof PyClass) return `<class '${value.module === 'builtins' ? '' : value.module + '.'}${value.qualname}'>`;
  if (value instanceof PyFunction) return `<function ${strOf(value.attrs.get('__qualname__') ?? value.qualname)} at 0x${address(value)}>`;
  if (value instanceof PyNativeFunction) return `<built-in function ${value.name}>`;
  if (value instanceof PyBoundMethod) return `<bound method ${value.func instanceof PyFunction ? value.func.qualname : value.func instanceof PyNativeFunction ? value.func.name : '?'} of ${reprOf(value.self, interp)}>`;
  if (value instanceof PyInstance) {
    const repr = value.cls.lookup('__repr__');
    if (repr !== undefined) return asString(needInterpreter(interp).call(repr, [value]), '__repr__');
    return defaultRepr(value, interp);
  }
  return `<${typeName(value)}>`;
}

/** object.__repr__ (and BaseException's), which a class's own __repr__ reaches through super(). */
export function defaultRepr(value: PyValue, interp?: Interpreter): string {
  if (value instanceof PyInstance) {
    if (value.cls.mro.some((c) => c.name === 'BaseException' && c.module === 'builtins')) {
      const args = value.dict.get('args');
      const items = args instanceof PyTuple ? args.items : [];
      return `${value.cls.name}(${items.map((v) => reprOf(v, interp)).join(', ')})`;
    }
    return `<${value.cls.module}.${value.cls.qualname} object at 0x${address(value)}>`;
  }
  return reprOf(value, interp);
}

function address(value: object): string {
  return (0x7f0000000000 + objectId(value as PyInstance) * 16).toString(16);
}

function needInterpreter(interp: Interpreter | undefined): Interpreter {
  if (interp === undefined) throw new Error('a __repr__ or __str__ written in Python needs an interpreter to run');
  return interp;
}

function asString(value: PyValue, method: string): string {
  if (typeof value !== 'string') throw pyError('TypeError', `${method} returned non-string (type ${typeName(value)})`);
  return value;
}

export function strOf(value: PyValue, interp?: Interpreter): string {
  if (typeof value === 'string') return value;
  const classStr = metaMethod(value, '__str__');
  if (classStr !== undefined) return asString(needInterpreter(interp).call(classStr, [value]), '__str__');
  if (value instanceof PyInstance) {
    const str = value.cls.lookup('__str__');
    if (str !== undefined) return asString(needInterpreter(interp).call(str, [value]), '__str__');
  }
  return defaultStr(value, interp);
}

/** object.__str__ (and BaseException's): the args for an exception, repr() for anything else. */
export function defaultStr(value: PyValue, interp?: Interpreter): string {
  if (value instanceof PyInstance) {
    if (value.cls.mro.some((c) => c.name === 'BaseException' && c.module === 'builtins')) {
      const args = value.dict.get('args');
      const items = args instanceof PyTuple ? args.items : [];
      const strerror = value.dict.get('strerror');
      if (strerror !== undefined && strerror !== null && value.dict.has('errno')) {
        const [errno, filename, filename2] = ['errno', 'filename', 'filename2'].map((k) => value.dict.get(k) ?? null);
        const names = filename === null ? '' : `: ${reprOf(filename!, interp)}${filename2 === null ? '' : ` -> ${reprOf(filename2!, interp)}`}`;
        return `[Errno ${strOf(errno!, interp)}] ${strOf(strerror, interp)}${names}`;
      }
      if (items.length === 0) return '';
      if (items.length === 1) return value.cls.mro.some((c) => c.name === 'KeyError' && c.module === 'builtins') ? reprOf(items[0]!, interp) : strOf(items[0]!, interp);
      return reprOf(new PyTuple(items), interp);
    }
  }
  return reprOf(value, interp);
}

/** format(value, spec): the format-spec mini-language for str, int and float, __format__ for instances. */
export function formatValue(value: PyValue, spec: string, interp: Interpreter): string {
  if (value instanceof PyInstance) {
    // A class with its own __format__ (Decimal) reads the spec itself.
    const format = value.cls.lookup('__format__');
    if (format !== undefined) return asString(interp.call(format, [value, spec]), '__format__');
  }
  if (typeof value === 'string') return formatStrSpec(value, spec);
  if (spec === '') return strOf(value, interp);
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof PyLong) return formatIntSpec(intValue(value), spec, typeName(value));
  if (value instanceof PyFloat) return formatFloatSpec(value.value, spec);
  throw pyError('TypeError', `unsupported format string passed to ${typeName(value)}.__format__`);
}

/** ascii(): repr() with everything past ASCII escaped. */
export function asciiOf(text: string): string {
  return Array.from(text)
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) return ch;
      if (code < 0x100) return `\\x${code.toString(16).padStart(2, '0')}`;
      if (code < 0x10000) return `\\u${code.toString(16).padStart(4, '0')}`;
      return `\\U${code.toString(16).padStart(8, '0')}`;
    })
    .join('');
}
