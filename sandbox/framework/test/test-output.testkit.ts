/** What the replays of `manage.py test` recordings compare. */

/**
 * What may differ: the project's folder, the time unittest measured, where Python is
 * installed, the frames inside Django's own files (the sandbox's Django is not Python
 * files), which go with their source and caret lines, and the carets under the failing
 * expression of a frame.
 */
export function normalised(text: string, root?: string): string {
  let out = root ? text.replaceAll(root, '<root>') : text;
  out = out.replace(/^(Ran \d+ tests? in )\d+\.\d+s$/gm, '$1<time>s');
  out = out.replace(/File "[^"]*\/lib\/python3\.12\/unittest\//g, 'File "<python>/unittest/');
  out = out.replace(/^ {2}File "[^"]*\/site-packages\/django\/[^\n]*\n(?: {4}[^\n]*\n)(?: {4}\s*\^+\n)?/gm, '');
  // The sandbox's tracebacks point at a line, not at the expression in it (no 3.11 carets under it).
  out = out.replace(/^ {4,}[~^]{2,}\n/gm, '');
  return out;
}
