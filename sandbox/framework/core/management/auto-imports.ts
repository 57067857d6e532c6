import type { PyValue } from '../../python';
import { CONTRIB_APPS } from '../../apps/config';
import type { CommandContext } from './context';

/**
 * Django 5.2's shell imports every model of INSTALLED_APPS for you (get_auto_imports):
 * models of later apps first, so an earlier app's model wins a name clash. The contrib
 * apps' models are counted and listed as Django lists them; those the sandbox has no Python
 * classes for yet (admin's, sessions') are left out of the namespace.
 */
export function autoImports(ctx: CommandContext): { namespace: Map<string, PyValue>; message: (verbosity: number) => string } {
  const found: [module: string, name: string, value: PyValue | null][] = [];
  for (const app of ctx.apps?.appConfigs ?? []) {
    const contrib = CONTRIB_APPS[app.name]?.models;
    // The contrib models the framework defines (auth's, contenttypes') are real classes.
    if (contrib) for (const name of contrib[1]) found.push([contrib[0], name, app.models.get(name.toLowerCase())?.cls ?? null]);
    else for (const model of app.models.values()) found.push([model.cls.module, model.cls.name, model.cls]);
  }
  // Module by module, in the order each module first appears once the list is reversed.
  const byModule = new Map<string, Map<string, PyValue | null>>();
  for (const [module, name, value] of found.reverse()) {
    const names = byModule.get(module) ?? new Map<string, PyValue | null>();
    if (!names.has(name)) names.set(name, value);
    byModule.set(module, names);
  }
  const namespace = new Map<string, PyValue>();
  const names = new Set<string>();
  for (const imported of byModule.values()) {
    for (const [name, value] of imported) {
      names.add(name);
      if (value) namespace.set(name, value);
    }
  }
  const amount = names.size;
  const head = `${amount} ${amount === 1 ? 'object' : 'objects'} imported automatically`;
  return {
    namespace,
    message: (verbosity) => {
      if (verbosity < 1) return '';
      if (verbosity < 2) return `${head}${amount ? ' (use -v 2 for details)' : ''}.`;
      const lines = [...byModule].map(([module, imported]) => `  from ${module} import ${[...imported.keys()].join(', ')}`);
      return lines.length ? `${head}:\n\n${lines.join('\n')}` : `${head}.`;
    },
  };
}
