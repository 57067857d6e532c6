import type { Interpreter, PyValue } from '../../python';

/**
 * A standard-library module written in Python (enum, dataclasses, logging...): its source runs
 * once, as a module of that name, and its namespace becomes the module's. Python source keeps
 * these modules' classes ordinary Python classes, subclassable as CPython's are.
 */
export function sourceModule(interp: Interpreter, name: string, source: string, natives: Record<string, PyValue> = {}): Record<string, PyValue> {
  const module = interp.runSource(source, name, new Map(Object.entries(natives)), `<frozen ${name}>`);
  const namespace: Record<string, PyValue> = {};
  for (const [key, value] of module.dict) if (key !== '__file__') namespace[key] = value;
  return namespace;
}
