import type { Interpreter, PyValue } from '../python';
import { sourceModule } from './types/source-module';
import source from './contextlib.py?raw';

export function contextlibModule(interp: Interpreter): Record<string, PyValue> {
  return sourceModule(interp, 'contextlib', source);
}
