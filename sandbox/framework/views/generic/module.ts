import type { Interpreter, PyClass, PyValue } from '../../python';
import { viewClasses } from './base';
import { editViewClasses } from './edit';
import { authMixinClasses } from '../../contrib/auth/mixins';
import { sourceModule } from '../../stdlib/types/source-module';
import { contribSource } from '../../contrib/sources';
import { modelMetaNative } from './model-meta';

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

function singleObjectNatives(interp: Interpreter, base: Record<string, PyClass>): Record<string, PyValue> {
  return { ContextMixin: base.ContextMixin!, TemplateResponseMixin: base.TemplateResponseMixin!, View: base.View!, _meta: modelMetaNative(interp) };
}

/** django.views, django.views.generic (base, edit) and django.contrib.auth.mixins for the module table. */
export function viewsModules(setting: (interp: Interpreter, name: string) => PyValue | undefined): Record<string, (interp: Interpreter) => Record<string, PyValue>> {
  const ns = (interp: Interpreter) => namespace(interp, (name) => setting(interp, name));
  return {
    'django.views': (interp) => ({ View: ns(interp).base.View! }),
    'django.views.generic': (interp) => {
      const detail = interp.importModule('django.views.generic.detail').dict;
      const list = interp.importModule('django.views.generic.list').dict;
      const edit = interp.importModule('django.views.generic.edit').dict;
      const pick = (dict: Map<string, PyValue>, names: string[]) => Object.fromEntries(names.map((n) => [n, dict.get(n)!]));
      return {
        ...ns(interp).base,
        ...pick(detail, ['DetailView']),
        ...pick(list, ['ListView']),
        ...pick(edit, ['FormView', 'CreateView', 'UpdateView', 'DeleteView']),
      };
    },
    'django.views.generic.base': (interp) => ns(interp).base,
    // The model views are Python over the native bases, which their module is given before it runs.
    'django.views.generic.detail': (interp) => sourceModule(interp, 'django.views.generic.detail', contribSource('genericDetail', 'django.views.generic.detail'), singleObjectNatives(interp, ns(interp).base)),
    'django.views.generic.list': (interp) => sourceModule(interp, 'django.views.generic.list', contribSource('genericList', 'django.views.generic.list'), singleObjectNatives(interp, ns(interp).base)),
    'django.views.generic.edit': (interp) => sourceModule(interp, 'django.views.generic.edit', contribSource('genericEdit', 'django.views.generic.edit'), ns(interp).edit),
    'django.contrib.auth': () => ({}),
    'django.contrib.auth.mixins': (interp) => ns(interp).mixins,
  };
}
