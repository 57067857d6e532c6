import { PyNativeFunction, type Interpreter, type PyDict, type PyValue } from '../../python';
import type { AppRegistry } from '../../apps/registry';
import { sourceModule } from '../../stdlib/types/source-module';
import { dateFilters } from '../../template/filters/dates';
import { appVerboseName } from '../contenttypes/models';
import { settingNative } from '../natives';
import { contribSource } from '../sources';
import { modelInfoNative } from './model-info';
import modelsSource from './models.py?raw';

type Factory = (interp: Interpreter) => Record<string, PyValue>;

/** Each module of django.contrib.admin and the source it runs, all in the lazily loaded chunk. */
const MODULES = {
  'django.contrib.admin': 'admin',
  'django.contrib.admin.utils': 'adminUtils',
  'django.contrib.admin.pages': 'adminPages',
  'django.contrib.admin.log': 'adminLog',
  'django.contrib.admin.helpers': 'adminHelpers',
  'django.contrib.admin.actions': 'adminActions',
  'django.contrib.admin.forms': 'adminForms',
  'django.contrib.admin.options': 'adminOptions',
  'django.contrib.admin.sites': 'adminSites',
  'django.contrib.admin.views.main': 'adminChangelist',
  'django.contrib.auth.admin': 'authAdmin',
} as const;

/**
 * The importable modules of django.contrib.admin, written in Python. The installed apps'
 * `admin.py` modules are imported (autodiscover) when django.contrib.admin is first imported
 * after setup, or when the site's URLs are asked for, since the framework's setup does not run
 * AdminConfig.ready() (which would load the admin's chunk for every command).
 */
export function adminModules(apps: AppRegistry, environ: PyDict): Record<string, Factory> {
  const natives = (interp: Interpreter): Record<string, PyValue> => ({
    _model_info: modelInfoNative(interp),
    _setting: settingNative(interp, environ),
    _app_verbose_name: new PyNativeFunction('_app_verbose_name', ([label]) => appVerboseName(apps, String(label))),
    _date_format: new PyNativeFunction('_date_format', ([value, format]) =>
      dateFilters['date']!.fn(value ?? null, format ?? null, { interp, autoescape: false, inputSafe: false }),
    ),
    _autodiscover: new PyNativeFunction('_autodiscover', () => {
      // Only once every app's models are loaded, as AdminConfig.ready() runs: a models.py importing admin comes first.
      if (!apps.ready) return null;
      for (const app of apps.appConfigs) {
        const name = app.name === 'django.contrib.auth' ? 'django.contrib.auth.admin' : app.module ? `${app.name}.admin` : null;
        if (name && interp.canImport(name)) interp.importModule(name);
      }
      return null;
    }),
  });
  const out: Record<string, Factory> = {
    'django.contrib.admin.views': () => ({}),
    // LogEntry is imported with the installed apps' models, for every command: in the bundle, not the chunk.
    'django.contrib.admin.models': (interp) => sourceModule(interp, 'django.contrib.admin.models', modelsSource),
  };
  for (const [name, source] of Object.entries(MODULES)) {
    out[name] = (interp) => sourceModule(interp, name, contribSource(source, name), natives(interp));
  }
  return out;
}
