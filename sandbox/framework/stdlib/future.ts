import type { Interpreter, PyValue } from '../python';
import { sourceModule } from './types/source-module';
import source from './future.py?raw';

export function futureModule(interp: Interpreter): Record<string, PyValue> {
  return sourceModule(interp, '__future__', source);
}
