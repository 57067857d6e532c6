import type { Interpreter, PyValue } from '../../python';
import { pythonModule } from '../re/python-module';
import { STRING_SOURCE } from './module-source';

/** Python's string module: constants, capwords, Template and Formatter. */
export function stringModule(interp: Interpreter): Record<string, PyValue> {
  return pythonModule(interp, 'string', STRING_SOURCE);
}
