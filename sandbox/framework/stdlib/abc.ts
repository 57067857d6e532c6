import type { Interpreter, PyValue } from '../python';
import { sourceModule } from './types/source-module';
import source from './abc.py?raw';

export function abcModule(interp: Interpreter): Record<string, PyValue> {
  return sourceModule(interp, 'abc', source);
}
