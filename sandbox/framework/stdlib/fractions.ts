import type { Interpreter, PyValue } from '../python';
import { FRACTIONS_SOURCE } from './fractions-source';
import { pythonModule } from './python-source';

/** Python's fractions: the Fraction class. */
export function fractionsModule(interp: Interpreter): Record<string, PyValue> {
  const ns = pythonModule(interp, 'fractions', FRACTIONS_SOURCE);
  return { Fraction: ns.Fraction!, __file__: ns.__file__ ?? null };
}
