import { PyDict, PyList, PyNativeFunction, PyTuple, type Interpreter, type PyValue } from '../python';
import { loadSettings } from '../conf/settings';

/** `_setting(name, default)`: a project setting for the contrib apps' Python, Django's default when unset. */
export function settingNative(interp: Interpreter, environ: PyDict): PyNativeFunction {
  return new PyNativeFunction('_setting', ([name, fallback]) => {
    const value = loadSettings(interp, environ).get(String(name));
    return value === undefined ? (fallback ?? null) : value;
  });
}

/** The names a Python-source module exports, picked from another. */
export function pick(namespace: Record<string, PyValue>, names: string[]): Record<string, PyValue> {
  return Object.fromEntries(names.filter((n) => namespace[n] !== undefined).map((n) => [n, namespace[n]!]));
}

export function strings(value: PyValue | undefined): string[] {
  return value instanceof PyList || value instanceof PyTuple ? value.items.map((v) => String(v)) : [];
}
