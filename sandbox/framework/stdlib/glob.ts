import { PyList, PyNativeFunction, pyError, typeName, type Interpreter, type Kwargs, type PyValue } from '../python';
import { iteratorObject } from '../python/iteration';
import { fspath, hostOf, hostPath } from './io/host';
import { globPaths, hasMagic, translatePattern } from './glob-pattern';

/** `glob`: glob, iglob (recursive `**`), escape, has_magic, on the run's disk. */
export function globModule(interp: Interpreter): Record<string, PyValue> {
  const run = (args: PyValue[], kwargs: Kwargs): string[] => {
    const pattern = args[0] ?? kwargs.get('pathname');
    if (pattern === undefined) throw pyError('TypeError', "glob() missing 1 required positional argument: 'pathname'");
    const text = fspath(interp, pattern);
    const rootDir = kwargs.get('root_dir') ?? args[1] ?? null;
    const root = rootDir === null ? null : fspath(interp, rootDir);
    const recursive = interp.truthy(kwargs.get('recursive') ?? false);
    const includeHidden = interp.truthy(kwargs.get('include_hidden') ?? false);
    const resolve = (p: string) => hostPath(interp, root === null ? p : p.startsWith('/') ? p : `${root}/${p}`);
    return globPaths(hostOf(interp).files, text, resolve, { recursive, includeHidden });
  };
  return {
    glob: new PyNativeFunction('glob', (args, kwargs) => new PyList(run(args, kwargs))),
    iglob: new PyNativeFunction('iglob', (args, kwargs) => iteratorObject('generator', run(args, kwargs)[Symbol.iterator]())),
    escape: new PyNativeFunction('escape', ([p]) => {
      if (typeof p !== 'string') throw pyError('TypeError', `expected str, not ${typeName(p ?? null)}`);
      return p.replace(/([*?[])/g, '[$1]');
    }),
    has_magic: new PyNativeFunction('has_magic', ([p]) => hasMagic(fspath(interp, p ?? null))),
  };
}

/** `fnmatch`'s pattern test, which glob uses, for pathlib's match(). */
export function fnmatchCase(name: string, pattern: string): boolean {
  return new RegExp(`^(?:${translatePattern(pattern)})$`).test(name);
}
