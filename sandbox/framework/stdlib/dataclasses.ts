import { newDict, PyDict, PyNativeFunction, pyError, type Interpreter, type PyValue } from '../python';
import { sourceModule } from './types/source-module';
import source from './dataclasses.py?raw';

/**
 * dataclasses writes the generated __init__ as Python source, as CPython does, so that its
 * argument errors are the interpreter's own; `_exec` runs that source in a namespace.
 */
export function dataclassesModule(interp: Interpreter): Record<string, PyValue> {
  const exec = new PyNativeFunction('_exec', ([code, namespace]) => {
    if (typeof code !== 'string' || !(namespace instanceof PyDict)) throw pyError('TypeError', '_exec(source, namespace)');
    const names = new Map<string, PyValue>();
    for (const { key, value } of namespace.entries.values()) names.set(String(key), value);
    const module = interp.runSource(code, 'dataclasses', names, '<dataclasses>');
    return newDict([...module.dict].map(([k, v]): [PyValue, PyValue] => [k, v]));
  });
  return sourceModule(interp, 'dataclasses', source, { _exec: exec });
}
