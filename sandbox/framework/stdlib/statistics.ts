import type { Interpreter, PyValue } from '../python';
import { pythonModule } from './python-source';
import { STATISTICS_SOURCE } from './statistics-source';

/** Python's statistics: averages, medians, modes, spread and quantiles, and StatisticsError. */
export function statisticsModule(interp: Interpreter): Record<string, PyValue> {
  const ns = pythonModule(interp, 'statistics', STATISTICS_SOURCE);
  return Object.fromEntries(Object.entries(ns).filter(([k]) => !k.startsWith('_') || k.startsWith('__')));
}
