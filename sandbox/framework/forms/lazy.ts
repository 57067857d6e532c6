import { pyError, type Interpreter, type PyValue } from '../python';

/**
 * django.forms, django.views and django.contrib.auth.mixins live in a chunk of the Worker's
 * bundle loaded with the standard library's, after the first prompt: a command that never
 * imports them never waits for them.
 */
const NAMES: readonly string[] = [
  'django.forms',
  'django.forms.widgets',
  'django.forms.fields',
  'django.forms.forms',
  'django.forms.models',
  'django.forms.utils',
  'django.forms.boundfield',
  'django.core.validators',
  'django.views',
  'django.views.generic',
  'django.views.generic.base',
  'django.views.generic.edit',
  'django.views.generic.detail',
  'django.views.generic.list',
  'django.contrib.auth',
  'django.contrib.auth.mixins',
];

let chunk: typeof import('./chunk') | null = null;

export async function loadFormsAndViews(): Promise<void> {
  chunk ??= await import('./chunk');
}

type Factory = (interp: Interpreter) => Record<string, PyValue>;

export function lazyFormsAndViewsModules(setting: (interp: Interpreter, name: string) => PyValue | undefined): Record<string, Factory> {
  let modules: Record<string, Factory> | null = null;
  const factory = (name: string): Factory => (interp) => {
    if (!chunk) throw pyError('ImportError', `the sandbox's Django library is not loaded yet: cannot import '${name}'`);
    modules ??= chunk.formsAndViewsModules(setting);
    return modules[name]!(interp);
  };
  return Object.fromEntries(NAMES.map((name) => [name, factory(name)]));
}
