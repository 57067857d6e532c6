import { PyList, PyClass, objectClass, PyInstance, PyTuple, PyNativeFunction, type PyValue } from '../../python';

/** `from django.contrib import admin`: the admin site models are registered with. */
export function adminModule(): Record<string, PyValue> {
  const registered = new PyList([]);
  const ModelAdmin = new PyClass('ModelAdmin', [objectClass], 'django.contrib.admin.options');
  const AdminSite = new PyClass('AdminSite', [objectClass], 'django.contrib.admin.sites');
  const site = new PyInstance(AdminSite);
  const register = (models: PyValue) => {
    for (const m of models instanceof PyList || models instanceof PyTuple ? models.items : [models]) registered.items.push(m);
  };
  site.dict.set('register', new PyNativeFunction('register', ([models]) => (register(models ?? null), null)));
  // (patterns, app_name, namespace), as AdminSite.urls: the sandbox's admin has no pages yet.
  site.dict.set('urls', new PyTuple([new PyList([]), 'admin', 'admin']));
  return {
    site,
    ModelAdmin,
    register: new PyNativeFunction('register', (models) => {
      register(new PyList(models));
      return new PyNativeFunction('decorator', ([cls]) => cls ?? null);
    }),
  };
}
