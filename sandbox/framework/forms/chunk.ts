import type { Interpreter, PyValue } from '../python';
import { formsModules } from './module';
import { viewsModules } from '../views/generic/module';

/** The modules of django.forms and the class-based views, in a chunk of their own (lazy.ts loads it). */
export function formsAndViewsModules(setting: (interp: Interpreter, name: string) => PyValue | undefined): Record<string, (interp: Interpreter) => Record<string, PyValue>> {
  return { ...formsModules(), ...viewsModules(setting) };
}
