import { Interpreter, PyDict, PyException, PyList, PyTuple, dictGet, dictSet, newException, pyError, type PyValue } from '../python';
import { setLocalZone } from '../stdlib/datetime/local-time';
import { knownZone } from '../stdlib/datetime/zone-offsets';
import { ImproperlyConfigured } from '../core/exceptions';

export const ENVIRONMENT_VARIABLE = 'DJANGO_SETTINGS_MODULE';

export function settingsNotConfigured(setting: string): PyException {
  return new PyException(
    newException(ImproperlyConfigured, [
      `Requested setting ${setting}, but settings are not configured. You must either define the environment variable ${ENVIRONMENT_VARIABLE} or call settings.configure() before accessing settings.`,
    ]),
  );
}

/** django.conf.settings: the upper-case names of the module DJANGO_SETTINGS_MODULE names. */
export class Settings {
  constructor(
    readonly moduleName: string,
    private readonly values: Map<string, PyValue>,
  ) {}

  get(name: string): PyValue | undefined {
    return this.values.get(name);
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  names(): string[] {
    return [...this.values.keys()];
  }

  installedApps(): string[] {
    const apps = this.values.get('INSTALLED_APPS') ?? new PyList([]);
    if (!(apps instanceof PyList || apps instanceof PyTuple)) {
      throw new PyException(newException(ImproperlyConfigured, ['The INSTALLED_APPS setting must be a list or a tuple.']));
    }
    return apps.items.map((a) => {
      if (typeof a !== 'string') throw new PyException(newException(ImproperlyConfigured, ['The INSTALLED_APPS setting must contain strings.']));
      return a;
    });
  }

  bool(name: string, fallback: boolean): boolean {
    const v = this.values.get(name);
    return v === undefined ? fallback : v !== null && v !== false && v !== 0 && v !== '';
  }
}

const DEFAULT_TIME_ZONE = 'America/Chicago';

/**
 * What Django's Settings does with TIME_ZONE: a zone the system does not know is an error;
 * a known one becomes the process's local time (os.environ['TZ'] and time.tzset()), which
 * naive datetime.now() and date.today() then follow.
 */
function applyTimeZone(zone: PyValue, environ: PyDict) {
  if (typeof zone !== 'string' || zone === '') return;
  if (!knownZone(zone)) throw pyError('ValueError', `Incorrect timezone setting: ${zone}`);
  dictSet(environ, 'TZ', zone);
  setLocalZone(zone);
}

/** Imports the settings module the environment names; Python errors in it propagate. */
export function loadSettings(interp: Interpreter, environ: PyDict): Settings {
  const moduleName = dictGet(environ, ENVIRONMENT_VARIABLE);
  if (typeof moduleName !== 'string' || moduleName === '') throw settingsNotConfigured('INSTALLED_APPS');
  const module = interp.importModule(moduleName);
  const values = new Map<string, PyValue>();
  for (const [k, v] of module.dict) if (/^[A-Z][A-Z0-9_]*$/.test(k)) values.set(k, v);
  applyTimeZone(values.has('TIME_ZONE') ? values.get('TIME_ZONE')! : DEFAULT_TIME_ZONE, environ);
  return new Settings(moduleName, values);
}
