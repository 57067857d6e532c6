import fs from 'node:fs';
import path from 'node:path';
import { PyList, PyTuple, type Interpreter } from '../../python';
import type { Settings } from '../../conf/settings';
import { ERROR, WARNING, type CheckMessage } from '../../core/checks/messages';

/**
 * check_finders for FileSystemFinder (the staticfiles app registers it when installed):
 * STATICFILES_DIRS must be a list or tuple, a prefix must not end with a slash, STATIC_ROOT
 * must not be one of them, and each folder should exist.
 */
export function checkStaticfilesDirs(interp: Interpreter, settings: Settings): CheckMessage[] {
  const dirs = settings.get('STATICFILES_DIRS');
  if (dirs === undefined) return [];
  if (!(dirs instanceof PyList || dirs instanceof PyTuple)) {
    // FileSystemFinder iterates the setting first: a single Path fails there.
    interp.iterate(dirs);
    return [{ level: ERROR, msg: 'The STATICFILES_DIRS setting is not a tuple or list.', hint: 'Perhaps you forgot a trailing comma?', obj: '?', id: 'staticfiles.E001' }];
  }
  const cwd = interp.options.cwd ?? '/';
  const staticRoot = settings.get('STATIC_ROOT');
  const rootPath = staticRoot !== undefined && staticRoot !== null && interp.truthy(staticRoot) ? path.resolve(cwd, interp.str(staticRoot)) : null;
  const out: CheckMessage[] = [];
  for (const entry of dirs.items) {
    let root = entry;
    if (entry instanceof PyList || entry instanceof PyTuple) {
      const prefix = interp.str(entry.items[0] ?? '');
      root = entry.items[1] ?? '';
      if (prefix.endsWith('/')) out.push({ level: ERROR, msg: `The prefix ${interp.repr(prefix)} in the STATICFILES_DIRS setting must not end with a slash.`, obj: '?', id: 'staticfiles.E003' });
    }
    const text = interp.str(root);
    const full = path.resolve(cwd, text);
    if (rootPath !== null && rootPath === full) out.push({ level: ERROR, msg: 'The STATICFILES_DIRS setting should not contain the STATIC_ROOT setting.', obj: '?', id: 'staticfiles.E002' });
    let isDir = false;
    try {
      isDir = fs.statSync(full).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) out.push({ level: WARNING, msg: `The directory '${text}' in the STATICFILES_DIRS setting does not exist.`, obj: '?', id: 'staticfiles.W004' });
  }
  return out;
}
