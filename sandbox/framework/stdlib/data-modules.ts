import { PyDict, PyInstance, type Interpreter, type PyValue } from '../python';
import { COPY_SOURCE } from './copy-source';
import { BISECT_SOURCE, HEAPQ_SOURCE } from './heapq-source';
import { ITERTOOLS_SOURCE } from './itertools-source';
import { OPERATOR_SOURCE } from './operator-source';
import { nativeFn, pythonModule } from './python-source';

/** The small pure-Python modules: operator, itertools, copy, heapq and bisect. */
export function operatorModule(interp: Interpreter): Record<string, PyValue> {
  return pythonModule(interp, 'operator', OPERATOR_SOURCE, { __builtins_abs: interp.builtins.get('abs')! });
}

export function itertoolsModule(interp: Interpreter): Record<string, PyValue> {
  const ns = pythonModule(interp, 'itertools', ITERTOOLS_SOURCE);
  return Object.fromEntries(Object.entries(ns).filter(([k]) => !k.startsWith('_') || k.startsWith('__')));
}

export function copyModule(interp: Interpreter): Record<string, PyValue> {
  // A new instance of x's class without calling __init__, as object.__new__ gives CPython's copy.
  const blank = nativeFn('_blank', (x) => {
    if (!(x instanceof PyInstance)) return null;
    const y = new PyInstance(x.cls);
    y.native = x.native instanceof PyDict ? new PyDict() : x.native;
    return y;
  });
  return pythonModule(interp, 'copy', COPY_SOURCE, { _blank: blank });
}

export function heapqModule(interp: Interpreter): Record<string, PyValue> {
  return pythonModule(interp, 'heapq', HEAPQ_SOURCE);
}

export function bisectModule(interp: Interpreter): Record<string, PyValue> {
  return pythonModule(interp, 'bisect', BISECT_SOURCE);
}
