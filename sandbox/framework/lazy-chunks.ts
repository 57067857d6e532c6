import { loadStandardLibrary as loadPythonLibrary } from './stdlib';
import { loadFormsAndViews } from './forms/lazy';

/** The bundle's lazily loaded chunks: Python's standard library, and django.forms with the class-based views. */
export async function loadStandardLibrary(): Promise<void> {
  await Promise.all([loadPythonLibrary(), loadFormsAndViews()]);
}
