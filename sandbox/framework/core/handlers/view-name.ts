import { PyClass, PyFunction, PyInstance, type PyValue } from '../../python';

/** The name Django gives a view in its messages: module.qualname. */
export function viewName(view: PyValue): string {
  if (view instanceof PyFunction) return `${view.globals.name}.${view.qualname}`;
  // as_view()'s function: Django names the view by its class (ResolverMatch._func_path).
  const viewClass = view instanceof PyInstance ? view.dict.get('view_class') : undefined;
  if (viewClass instanceof PyClass) return `${viewClass.module}.${viewClass.qualname}`;
  if (view instanceof PyInstance) return `${view.cls.module}.${view.cls.qualname}`;
  return String(view);
}
