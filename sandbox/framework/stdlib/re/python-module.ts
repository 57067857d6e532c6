import type { Interpreter, PyValue } from '../../python';

/**
 * A standard-library module written in Python: `source` runs once, on first import, with the
 * TypeScript natives it calls already bound, and its namespace becomes the module's. Classes
 * written this way are real Python classes (subclassable, with `__module__` set to `name`).
 * Tracebacks through it name CPython's file for the module, without quoting its lines.
 */
export function pythonModule(interp: Interpreter, name: string, source: string, natives: Record<string, PyValue> = {}): Record<string, PyValue> {
  const file = `/usr/lib/python3.12/${name.replaceAll('.', '/')}.py`;
  const module = interp.runSource(source, name, new Map(Object.entries(natives)), file);
  const namespace: Record<string, PyValue> = {};
  for (const [key, value] of module.dict) if (key !== '__file__' && key !== '__builtins__') namespace[key] = value;
  return namespace;
}
