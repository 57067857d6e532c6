import type { Interpreter, PyValue } from '../../python';
import { pythonModule } from './python-module';
import { reNatives } from './engine';
import { RE_SOURCE } from './module-source';

/** Python's re: its syntax translated to JavaScript's RegExp, its API as CPython 3.12 has it. */
export function reModule(interp: Interpreter): Record<string, PyValue> {
  return pythonModule(interp, 're', RE_SOURCE, reNatives(interp));
}
