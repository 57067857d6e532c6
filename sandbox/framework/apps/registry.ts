import { Interpreter, PyClass, PyException, newException, type PyModule } from '../python';
import { ImproperlyConfigured } from '../core/exceptions';
import { CONTRIB_APPS, type AppConfig } from './config';

/** django.apps.apps: the installed applications and their models, filled by populate(). */
export class AppRegistry {
  readonly appConfigs: AppConfig[] = [];
  /** Set by django.apps' AppConfig class once the Python module exists. */
  appConfigBase: PyClass | null = null;
  ready = false;

  private interp!: Interpreter;

  byLabel(label: string): AppConfig | undefined {
    return this.appConfigs.find((a) => a.label === label);
  }

  /** The app a module belongs to: the longest app name it starts with. */
  containing(moduleName: string): AppConfig | undefined {
    return this.appConfigs
      .filter((a) => moduleName === a.name || moduleName.startsWith(`${a.name}.`))
      .sort((a, b) => b.name.length - a.name.length)[0];
  }

  /** django.setup(): imports every app in INSTALLED_APPS, then their models. */
  populate(installedApps: string[], interp: Interpreter) {
    if (this.ready) return;
    this.interp = interp;
    for (const entry of installedApps) this.appConfigs.push(this.create(entry));
    const seen = new Set<string>();
    const duplicates = this.appConfigs.map((a) => a.label).filter((l) => (seen.has(l) ? true : (seen.add(l), false)));
    if (duplicates.length) throw this.improperlyConfigured(`Application labels aren't unique, duplicates: ${[...new Set(duplicates)].join(', ')}`);
    for (const app of this.appConfigs) {
      // A contrib app's models are the framework's own Python modules (auth's, contenttypes').
      const hasModels = app.module ? this.interp.canImport(`${app.name}.models`) : CONTRIB_APPS[app.name]?.models && this.interp.canImport(CONTRIB_APPS[app.name]!.models![0]);
      if (hasModels) this.interp.importModule(`${app.name}.models`);
    }
    this.ready = true;
    // AdminConfig.ready(): a models.py that imported django.contrib.admin (for @admin.display) left its autodiscover until now.
    const discover = this.interp.modules.get('django.contrib.admin')?.dict.get('autodiscover');
    if (discover && installedApps.includes('django.contrib.admin')) this.interp.call(discover, []);
  }

  private improperlyConfigured(message: string): PyException {
    return new PyException(newException(ImproperlyConfigured, [message]));
  }

  private create(entry: string): AppConfig {
    const contrib = CONTRIB_APPS[entry];
    if (contrib) {
      return { name: entry, label: contrib.label, module: null, configClass: null, models: new Map(), commands: contrib.commands, defaultAutoField: 'django.db.models.AutoField' };
    }
    let module: PyModule | null = null;
    let configClass: PyClass | null = null;
    if (this.interp.canImport(entry)) {
      module = this.interp.importModule(entry);
      if (this.interp.canImport(`${entry}.apps`)) {
        const apps = this.interp.importModule(`${entry}.apps`);
        const candidates = [...apps.dict.values()].filter(
          (v): v is PyClass => v instanceof PyClass && v !== this.appConfigBase && !!this.appConfigBase && v.isSubclassOf(this.appConfigBase) && v.module === apps.name,
        );
        const defaults = candidates.filter((c) => c.lookup('default') === true);
        if (candidates.length === 1) configClass = candidates[0]!;
        else if (defaults.length === 1) configClass = defaults[0]!;
      }
    } else {
      const dot = entry.lastIndexOf('.');
      const className = entry.slice(dot + 1);
      if (dot > 0 && /^[A-Z]/.test(className)) {
        const holder = this.interp.importModule(entry.slice(0, dot));
        const found = holder.dict.get(className);
        if (!(found instanceof PyClass)) {
          const choices = [...holder.dict.entries()]
            .filter(([, v]) => v instanceof PyClass && this.appConfigBase && v.isSubclassOf(this.appConfigBase) && v !== this.appConfigBase)
            .map(([k]) => `'${k}'`);
          throw this.improperlyConfigured(
            `Module '${holder.name}' does not contain a '${className}' class.${choices.length ? ` Choices are: ${choices.join(', ')}.` : ''}`,
          );
        }
        configClass = found;
      } else {
        // Not importable: let the import raise Python's own ModuleNotFoundError.
        this.interp.importModule(entry);
      }
    }
    const name = configClass ? configClass.lookup('name') : entry;
    if (typeof name !== 'string') throw this.improperlyConfigured(`'${configClass?.qualname}' must supply a name attribute.`);
    if (!module) module = this.interp.importModule(name);
    const label = configClass?.lookup('label');
    return {
      name,
      label: typeof label === 'string' ? label : name.slice(name.lastIndexOf('.') + 1),
      module,
      configClass,
      models: new Map(),
      commands: [],
    };
  }

  /** All models, app by app, in definition order. */
  allModels() {
    return this.appConfigs.flatMap((a) => [...a.models.values()]);
  }
}
