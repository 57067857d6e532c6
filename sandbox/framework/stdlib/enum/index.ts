import type { Interpreter, PyValue } from '../../python';
import { sourceModule } from '../types/source-module';
import source from './enum.py?raw';

export function enumModule(interp: Interpreter): Record<string, PyValue> {
  return sourceModule(interp, 'enum', source);
}
