import { PyClass, PyInstance, PyNativeFunction, PyTuple, pyError, type Interpreter, type PyValue } from '../../python';
import type { AppRegistry } from '../../apps/registry';
import { sourceModule } from '../../stdlib/types/source-module';
import { metaOf } from '../../db/models/meta';
import type { Options } from '../../db/models/options';
import { camelCaseToSpaces } from '../../utils/text';
import { BUILTIN_MODELS } from '../builtin-migrations';
import source from './models.py?raw';

/** AppConfig.verbose_name of the contrib apps (Django's translations' English). */
const CONTRIB_VERBOSE_NAMES: Record<string, string> = {
  admin: 'Administration',
  auth: 'Authentication and Authorization',
  contenttypes: 'Content Types',
  sessions: 'Sessions',
  messages: 'Messages',
  staticfiles: 'Static Files',
};

/** str.title(): each run of letters starts upper case, the rest lower. */
function title(text: string): string {
  return text.toLowerCase().replace(/(^|[^a-z])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The model options of a class or instance, as `model._meta` gives them. */
function optionsOf(value: PyValue): Options {
  const opts = metaOf(value instanceof PyInstance ? value.cls : value);
  if (!opts) throw pyError('AttributeError', `type object '${value instanceof PyClass ? value.name : 'object'}' has no attribute '_meta'`);
  return opts;
}

/** Options.verbose_name: Meta.verbose_name, else the class name in lower-case words. */
export function verboseName(opts: Options): string {
  const explicit = opts.meta.get('verbose_name');
  return typeof explicit === 'string' ? explicit : camelCaseToSpaces(opts.objectName);
}

export function appVerboseName(apps: AppRegistry, label: string): string {
  const app = apps.byLabel(label);
  const explicit = app?.configClass?.lookup('verbose_name');
  if (typeof explicit === 'string') return explicit;
  return CONTRIB_VERBOSE_NAMES[label] ?? title(label);
}

/**
 * The verbose name of an installed model, for ContentType.name: a model class's, else a built-in
 * one the sandbox has no class for yet (sessions' Session), else None.
 */
function knownVerboseName(apps: AppRegistry, appLabel: string, model: string): string | null {
  const app = apps.byLabel(appLabel);
  const opts = app?.models.get(model);
  if (opts) return verboseName(opts);
  if (!app || app.module) return null;
  return BUILTIN_MODELS.find((m) => m.appLabel === appLabel && m.modelName === model)?.verboseName ?? null;
}

/** `django.contrib.contenttypes.models`: ContentType as a model of the framework's ORM, over django_content_type. */
export function contentTypesModelsModule(interp: Interpreter, apps: AppRegistry): Record<string, PyValue> {
  return sourceModule(interp, 'django.contrib.contenttypes.models', source, {
    _model_key: new PyNativeFunction('_model_key', ([model]) => {
      const opts = optionsOf(model ?? null);
      return new PyTuple([opts.appLabel, opts.modelName]);
    }),
    _model_class: new PyNativeFunction('_model_class', ([appLabel, model]) => apps.byLabel(String(appLabel))?.models.get(String(model).toLowerCase())?.cls ?? null),
    _known_verbose_name: new PyNativeFunction('_known_verbose_name', ([appLabel, model]) => knownVerboseName(apps, String(appLabel), String(model))),
    _app_verbose_name: new PyNativeFunction('_app_verbose_name', ([label]) => appVerboseName(apps, String(label))),
  });
}
