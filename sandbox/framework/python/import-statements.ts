import type { Interpreter } from './interpreter';
import { pyError } from './exceptions';
import { suggestName } from './suggestions';
import { store, type Context } from './scopes';

// Apart from imports.ts, which finds and runs modules: running a module runs statements, and
// these statements ask for modules only through the interpreter, so neither file imports the other.

/** `import a.b.c` binds `a` (its submodules reached as attributes); `import a.b.c as x` binds the module itself. */
export function execImport(interp: Interpreter, names: { name: string; asname: string | null }[], ctx: Context) {
  for (const { name, asname } of names) {
    const module = interp.importModule(name);
    if (asname) store(asname, module, ctx);
    else store(name.split('.')[0]!, interp.modules.get(name.split('.')[0]!)!, ctx);
  }
}

export function execFrom(interp: Interpreter, moduleName: string, level: number, names: { name: string; asname: string | null }[], ctx: Context) {
  let full = moduleName;
  if (level > 0) {
    const current = String(ctx.module.dict.get('__name__'));
    const isPackage = ctx.module.dict.has('__path__');
    const parts = current.split('.');
    const base = parts.slice(0, parts.length - level + (isPackage ? 1 : 0));
    full = [...base, ...(moduleName ? [moduleName] : [])].join('.');
  }
  const module = interp.importModule(full);
  for (const { name, asname } of names) {
    let value = module.dict.get(name);
    if (value === undefined) {
      const sub = `${full}.${name}`;
      if (interp.canImport(sub)) value = interp.importModule(sub);
    }
    if (value === undefined) {
      const where = module.file ? ` (${module.file})` : ' (unknown location)';
      const suggestion = suggestName(name, module.dict.keys());
      throw pyError('ImportError', `cannot import name '${name}' from '${full}'${where}${suggestion ? `. Did you mean: '${suggestion}'?` : ''}`);
    }
    store(asname ?? name, value, ctx);
  }
}
