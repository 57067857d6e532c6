import type { Interpreter } from '../python';

/** Where the sandbox's Django says it is installed, for the first line of a warning it gives. */
export const DJANGO_SITE_PACKAGES = '/usr/local/lib/python3.12/dist-packages';

/**
 * warnings.warn() from inside Django: the location is Django's own file and line, whose
 * source line (`warnings.warn(`) Python prints under the message. Filters, "default" (once
 * per location and text) and catch_warnings apply as to any warning.
 */
export function warnFromDjango(interp: Interpreter, message: string, category: string, file: string, line: number, source = 'warnings.warn(') {
  const filename = `${DJANGO_SITE_PACKAGES}/${file}`;
  // The file's lines Python shows under a warning: only those the sandbox warns from.
  const lines = (interp.sources.get(filename) ?? '').split('\n');
  if (lines[line - 1] === undefined || lines[line - 1] === '') {
    while (lines.length < line) lines.push('');
    lines[line - 1] = `            ${source}`;
    interp.sources.set(filename, lines.join('\n'));
  }
  const warnings = interp.importModule('warnings');
  const module = file.replace(/\/__init__\.py$|\.py$/, '').replace(/\//g, '.');
  interp.call(interp.getAttr(warnings, 'warn_explicit'), [message, interp.builtins.get(category)!, filename, line, module]);
}
