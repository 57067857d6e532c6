import { PyModule, type Interpreter, type PyValue } from '../../python';

/**
 * A standard-library module written in Python (enum, dataclasses, logging...): its source runs
 * once, as the module of that name, which it installs as the imported module so that assigning
 * its globals from outside (`warnings.showwarning = ...`) is seen by its own functions. Its frames
 * name the file `<frozen NAME>`, which logging and warnings skip to find their caller. Python
 * source keeps these modules' classes ordinary Python classes, subclassable as CPython's are.
 */
export function sourceModule(interp: Interpreter, name: string, source: string, natives: Record<string, PyValue> = {}): Record<string, PyValue> {
  const module = new PyModule(name, `<frozen ${name}>`);
  for (const [key, value] of Object.entries(natives)) module.dict.set(key, value);
  interp.modules.set(name, module);
  interp.runInteractive(source, module, `<frozen ${name}>`);
  const namespace: Record<string, PyValue> = {};
  for (const [key, value] of module.dict) if (key !== '__file__') namespace[key] = value;
  return namespace;
}
