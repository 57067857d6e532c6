import { newDict, PyDict, PyNativeFunction, pyError, type Interpreter, type PyValue } from '../python';
import { sourceModule } from './types/source-module';
import source from './typing.py?raw';

/** typing, written in Python; get_type_hints evaluates string annotations through `_eval`. */
export function typingModule(interp: Interpreter): Record<string, PyValue> {
  const evaluate = new PyNativeFunction('_eval', ([code, names]) => {
    if (typeof code !== 'string' || !(names instanceof PyDict)) throw pyError('TypeError', '_eval(code, names)');
    const scope: Record<string, PyValue> = {};
    for (const { key, value } of names.entries.values()) scope[String(key)] = value;
    return interp.evalExpression(code, scope);
  });
  const moduleDict = new PyNativeFunction('_module_dict', ([name]) => {
    const module = interp.modules.get(String(name));
    return newDict(module ? [...module.dict].map(([k, v]): [PyValue, PyValue] => [k, v]) : []);
  });
  return sourceModule(interp, 'typing', source, { _eval: evaluate, _module_dict: moduleDict });
}
