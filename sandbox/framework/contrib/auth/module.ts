import { PyNativeFunction, type Interpreter, type PyValue } from '../../python';
import { saltedHmacHex } from '../../utils/crypto';
import type { AppRegistry } from '../../apps/registry';
import { sourceModule } from '../../stdlib/types/source-module';
import { contentTypesModelsModule } from '../contenttypes/models';
import { hashersModule, importString } from './hashers-module';
import authSource from './auth.py?raw';
import backendsSource from './backends.py?raw';
import modelsSource from './models.py?raw';

/** The model `app_label.ModelName` names, if its app is installed and defines it. */
function modelByLabel(apps: AppRegistry, label: string): PyValue {
  const [app, model] = label.split('.');
  return apps.byLabel(app ?? '')?.models.get((model ?? '').toLowerCase())?.cls ?? null;
}

/**
 * The modules of django.contrib.auth and django.contrib.contenttypes. Their models are
 * Python classes on the framework's ORM, like a project's own, over the tables the built-in
 * migrations create; the registry imports them when the app is in INSTALLED_APPS.
 */
export function authModules(apps: AppRegistry): Record<string, (interp: Interpreter) => Record<string, PyValue>> {
  return {
    'django.contrib.auth': (interp) =>
      sourceModule(interp, 'django.contrib.auth', authSource, {
        _import_string: new PyNativeFunction('_import_string', ([path]) => importString(interp, String(path))),
        _get_model: new PyNativeFunction('_get_model', ([label]) => modelByLabel(apps, String(label))),
      }),
    'django.contrib.auth.hashers': (interp) => hashersModule(interp),
    'django.contrib.auth.models': (interp) =>
      sourceModule(interp, 'django.contrib.auth.models', modelsSource, {
        _nfkc: new PyNativeFunction('_nfkc', ([text]) => String(text).normalize('NFKC')),
        _salted_hmac: new PyNativeFunction('_salted_hmac', ([keySalt, value, secret]) => saltedHmacHex(String(keySalt), String(value), String(secret))),
      }),
    'django.contrib.auth.backends': (interp) => sourceModule(interp, 'django.contrib.auth.backends', backendsSource),
    'django.contrib.contenttypes': () => ({}),
    'django.contrib.contenttypes.models': (interp) => contentTypesModelsModule(interp, apps),
  };
}
