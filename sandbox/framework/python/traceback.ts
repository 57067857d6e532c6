import type { PyException } from './exceptions';
import type { Interpreter } from './interpreter';
import { PyList } from './objects';

/** The name an exception line starts with: `NameError`, `django.core.exceptions.ImproperlyConfigured`. */
export function exceptionTypeName(err: PyException): string {
  const cls = err.exc.cls;
  return cls.module === 'builtins' || cls.module === '__main__' ? cls.qualname : `${cls.module}.${cls.qualname}`;
}

/** The last line of a traceback: `NameError: name 'x' is not defined`. */
export function exceptionLine(err: PyException, interp: Interpreter): string {
  const message = interp.str(err.exc);
  return message ? `${exceptionTypeName(err)}: ${message}` : exceptionTypeName(err);
}

/** A traceback as Python prints it, chained exceptions first. */
export function formatException(err: PyException, interp: Interpreter): string {
  let out = '';
  if (err.cause) out += formatException(err.cause, interp) + '\nThe above exception was the direct cause of the following exception:\n\n';
  else if (err.context && err.context !== err && !err.suppressContext) out += formatException(err.context, interp) + '\nDuring handling of the above exception, another exception occurred:\n\n';
  if (err.traceback.length) {
    out += 'Traceback (most recent call last):\n';
    for (const entry of err.traceback) {
      out += `  File "${entry.file}", line ${entry.line}, in ${entry.name}\n`;
      if (entry.text.trim()) out += `    ${entry.text.trim()}\n`;
    }
  }
  if (err.syntax) {
    const { problem, file, text } = err.syntax;
    const stripped = text.trimStart();
    const caret = Math.max(0, problem.offset - 1 - (text.length - stripped.length));
    out += `  File "${file}", line ${problem.line}\n`;
    out += `    ${stripped.trimEnd()}\n`;
    const width = problem.endOffset && problem.endOffset > problem.offset ? problem.endOffset - problem.offset : 1;
    out += `    ${' '.repeat(caret)}${'^'.repeat(width)}\n`;
  }
  const notes = err.exc.dict.get('__notes__');
  const noteLines = notes instanceof PyList ? notes.items.map((n) => interp.str(n) + '\n').join('') : '';
  return out + exceptionLine(err, interp) + '\n' + noteLines;
}
