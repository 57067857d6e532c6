import { loadStandardLibrary as loadPythonLibrary } from './stdlib';
import { loadFormsAndViews } from './forms/lazy';
import { loadContribSources } from './contrib/sources';

/** The bundle's lazily loaded chunks: Python's standard library, django.forms with the class-based views, the contrib apps' Python. */
export async function loadStandardLibrary(): Promise<void> {
  await Promise.all([loadPythonLibrary(), loadFormsAndViews(), loadContribSources()]);
}
