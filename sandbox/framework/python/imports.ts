import { pyError, type PyException } from './exceptions';
import type { Interpreter } from './interpreter';
import { PyList, PyModule } from './objects';
import { execFile } from './run-source';

/** `import name`: the module, importing its parent packages first. */
export function importModule(interp: Interpreter, name: string): PyModule {
  const cached = interp.modules.get(name);
  if (cached) return cached;
  const dot = name.lastIndexOf('.');
  const parent = dot >= 0 ? interp.importModule(name.slice(0, dot)) : null;
  const module = loadModule(interp, name, parent);
  if (!module) throw moduleNotFound(name);
  if (parent) parent.dict.set(name.slice(dot + 1), module);
  return module;
}

/** Whether `import name` would find something, without running it. */
export function canImport(interp: Interpreter, name: string): boolean {
  if (interp.modules.has(name) || name in interp.options.nativeModules) return true;
  const dot = name.lastIndexOf('.');
  if (dot >= 0) {
    if (!interp.canImport(name.slice(0, dot))) return false;
    const parent = interp.modules.get(name.slice(0, dot));
    const dirs = parent ? packageDirs(parent) : [];
    return dirs.some((d) => findSource(interp, d, name.slice(dot + 1)) !== null);
  }
  return interp.options.sysPath.some((d) => findSource(interp, d, name) !== null);
}

function moduleNotFound(name: string): PyException {
  const err = pyError('ModuleNotFoundError', `No module named '${name}'`);
  err.exc.dict.set('name', name);
  return err;
}

function packageDirs(module: PyModule): string[] {
  const path = module.dict.get('__path__');
  return path instanceof PyList ? path.items.filter((p): p is string => typeof p === 'string') : [];
}

function findSource(interp: Interpreter, dir: string, last: string): { file: string | null; packageDir: string | null } | null {
  const fs = interp.options.fs;
  const base = `${dir}/${last}`;
  if (fs.isDirectory(base)) {
    const init = `${base}/__init__.py`;
    return { file: fs.readFile(init) !== null ? init : null, packageDir: base };
  }
  if (fs.readFile(`${base}.py`) !== null) return { file: `${base}.py`, packageDir: null };
  return null;
}

function loadModule(interp: Interpreter, name: string, parent: PyModule | null): PyModule | null {
  const native = interp.options.nativeModules[name];
  if (native) {
    const module = new PyModule(name, null);
    interp.modules.set(name, module);
    for (const [k, v] of Object.entries(native(interp))) module.dict.set(k, v);
    // As CPython's import does, the result is what sys.modules holds once the module ran: a module may put itself there.
    return interp.modules.get(name) ?? module;
  }
  const last = name.slice(name.lastIndexOf('.') + 1);
  const dirs = parent ? packageDirs(parent) : interp.options.sysPath;
  for (const dir of dirs) {
    const found = findSource(interp, dir, last);
    if (!found) continue;
    const module = new PyModule(name, found.file);
    if (found.packageDir) module.dict.set('__path__', new PyList([found.packageDir]));
    interp.modules.set(name, module);
    try {
      if (found.file) execFile(interp, module, found.file);
    } catch (err) {
      interp.modules.delete(name);
      throw err;
    }
    return module;
  }
  return null;
}
