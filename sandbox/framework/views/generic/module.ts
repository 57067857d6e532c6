import type { Interpreter, PyClass, PyValue } from '../../python';
import { viewClasses } from './base';
import { editViewClasses } from './edit';
import { authMixinClasses } from '../../contrib/auth/mixins';

interface ViewsNamespace {
  base: Record<string, PyClass>;
  edit: Record<string, PyClass>;
  mixins: Record<string, PyClass>;
}

const built = new WeakMap<Interpreter, ViewsNamespace>();

function namespace(interp: Interpreter, setting: (name: string) => PyValue | undefined): ViewsNamespace {
  let ns = built.get(interp);
  if (!ns) {
    const base = viewClasses(interp);
    ns = { base, edit: editViewClasses(interp, base), mixins: authMixinClasses(interp, setting) };
    built.set(interp, ns);
  }
  return ns;
}

/** django.views, django.views.generic (base, edit) and django.contrib.auth.mixins for the module table. */
export function viewsModules(setting: (interp: Interpreter, name: string) => PyValue | undefined): Record<string, (interp: Interpreter) => Record<string, PyValue>> {
  const ns = (interp: Interpreter) => namespace(interp, (name) => setting(interp, name));
  return {
    'django.views': (interp) => ({ View: ns(interp).base.View! }),
    'django.views.generic': (interp) => ({ ...ns(interp).base, ...ns(interp).edit }),
    'django.views.generic.base': (interp) => ns(interp).base,
    'django.views.generic.edit': (interp) => ns(interp).edit,
    'django.contrib.auth': () => ({}),
    'django.contrib.auth.mixins': (interp) => ns(interp).mixins,
  };
}
