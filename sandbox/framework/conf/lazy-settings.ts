import { PyClass, PyException, PyInstance, PyList, PyNativeFunction, dictGet, objectClass, pyError, type Interpreter, type PyDict, type PyValue } from '../python';
import { ENVIRONMENT_VARIABLE, loadSettings, settingsNotConfigured, type Settings } from './settings';
import { GLOBAL_SETTING_NAMES, globalSetting } from './global-settings';

/** What one `django.conf.settings` reads: the project's settings module, then global_settings. */
interface LazyState {
  interp: Interpreter;
  environ: PyDict;
  /** Values read once, kept as Django's LazySettings keeps them in its __dict__ (a default list stays the same list). */
  cache: Map<string, PyValue>;
}

function stateOf(self: PyValue | undefined): LazyState {
  if (self instanceof PyInstance && self.native) return self.native as LazyState;
  throw pyError('TypeError', "descriptor requires a 'LazySettings' object");
}

function moduleName(state: LazyState): string | null {
  const name = dictGet(state.environ, ENVIRONMENT_VARIABLE);
  return typeof name === 'string' && name !== '' ? name : null;
}

function load(state: LazyState, name: string): Settings {
  if (!moduleName(state)) throw settingsNotConfigured(name);
  return loadSettings(state.interp, state.environ);
}

/** A setting's value as Django's Settings gives it: the project's, else the default; anything else is an AttributeError. */
export function settingValue(settings: Settings, name: string): PyValue | undefined {
  return settings.get(name) ?? globalSetting(name);
}

function noAttribute(name: string): PyException {
  return pyError('AttributeError', `'Settings' object has no attribute '${name}'`);
}

/**
 * django.conf.LazySettings: `from django.conf import settings` gives one; its attributes are
 * read from the module DJANGO_SETTINGS_MODULE names when first asked for. Assigning an
 * attribute changes it for the rest of the run, as in Django.
 */
export const LazySettingsClass = new PyClass('LazySettings', [objectClass], 'django.conf');

LazySettingsClass.dict.set(
  '__getattr__',
  new PyNativeFunction('__getattr__', ([self, key]) => {
    const state = stateOf(self);
    const name = String(key);
    if (name === 'configured') return moduleName(state) !== null;
    if (state.cache.has(name)) return state.cache.get(name)!;
    const settings = load(state, name);
    const value = /^[A-Z][A-Z0-9_]*$/.test(name) ? settingValue(settings, name) : undefined;
    if (value === undefined) throw noAttribute(name);
    state.cache.set(name, value);
    return value;
  }),
);

LazySettingsClass.dict.set(
  '__setattr__',
  new PyNativeFunction('__setattr__', ([self, key, value]) => {
    stateOf(self).cache.set(String(key), value ?? null);
    return null;
  }),
);

LazySettingsClass.dict.set(
  '__delattr__',
  new PyNativeFunction('__delattr__', ([self, key]) => {
    const state = stateOf(self);
    if (String(key) === '_wrapped') throw pyError('TypeError', "can't delete _wrapped.");
    if (!state.cache.delete(String(key))) throw noAttribute(String(key));
    return null;
  }),
);

LazySettingsClass.dict.set(
  '__repr__',
  new PyNativeFunction('__repr__', ([self]) => {
    const name = moduleName(stateOf(self));
    return name === null ? '<LazySettings [Unevaluated]>' : `<LazySettings "${name}">`;
  }),
);

LazySettingsClass.dict.set(
  '__dir__',
  new PyNativeFunction('__dir__', ([self]) => {
    const state = stateOf(self);
    const names = new Set(GLOBAL_SETTING_NAMES);
    if (moduleName(state)) for (const n of load(state, 'INSTALLED_APPS').names()) names.add(n);
    for (const n of state.cache.keys()) names.add(n);
    return new PyList([...names].sort());
  }),
);

LazySettingsClass.dict.set(
  'is_overridden',
  new PyNativeFunction('is_overridden', ([self, setting]) => {
    const state = stateOf(self);
    return load(state, String(setting)).has(String(setting));
  }),
);

LazySettingsClass.dict.set(
  'configure',
  new PyNativeFunction('configure', ([self]) => {
    if (moduleName(stateOf(self))) throw pyError('RuntimeError', 'Settings already configured.');
    throw pyError('NotImplementedError', 'settings.configure() is not available in the sandbox: name your settings module in DJANGO_SETTINGS_MODULE (manage.py does)');
  }),
);

/** `django.conf`: the settings object, and the name of the variable that points it at a module. */
export function confModule(interp: Interpreter, environ: PyDict): Record<string, PyValue> {
  const settings = new PyInstance(LazySettingsClass);
  settings.native = { interp, environ, cache: new Map() } satisfies LazyState;
  return { settings, ENVIRONMENT_VARIABLE, LazySettings: LazySettingsClass };
}

/** `django.conf.global_settings`: the defaults as a module's names. */
export function globalSettingsModule(): Record<string, PyValue> {
  return Object.fromEntries(GLOBAL_SETTING_NAMES.map((n) => [n, globalSetting(n)!]));
}
