import type { Interpreter, PyValue } from '../python';
import { sourceModule } from './types/source-module';
import source from './difflib.py?raw';

export function difflibModule(interp: Interpreter): Record<string, PyValue> {
  return sourceModule(interp, 'difflib', source);
}
