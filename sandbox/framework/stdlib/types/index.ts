import type { Interpreter, PyValue } from '../../python';
import { sourceModule } from './source-module';
import source from './types.py?raw';

export function typesModule(interp: Interpreter): Record<string, PyValue> {
  return sourceModule(interp, 'types', source);
}
