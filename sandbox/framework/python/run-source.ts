import type { Module } from './ast';
import type { Frame } from './call-stack';
import { exceptionClass, newException, PyException, pyError } from './exceptions';
import { evaluate } from './expressions';
import type { Interpreter } from './interpreter';
import { PyModule, Scope, type PyValue } from './objects';
import { parseModule } from './parser';
import { execBlock } from './statements';
import { PythonSyntaxError } from './syntax-error';

/** Runs a file as a module: `__main__` for manage.py, a dotted name for imports. */
export function runFile(interp: Interpreter, file: string, name = '__main__'): PyModule {
  const module = new PyModule(name, file);
  interp.modules.set(name, module);
  execFile(interp, module, file);
  return module;
}

/**
 * exec(source) of a code string (`manage.py shell -c "..."`, or its standard input) in a
 * fresh namespace called `name`. Tracebacks name the code `File "<string>"` and, as in
 * Python, quote none of its lines: there is no file to read them from.
 */
export function runSource(interp: Interpreter, source: string, name = '__main__', namespace: Map<string, PyValue> = new Map(), file = '<string>'): PyModule {
  const module = new PyModule(name, null);
  for (const [key, value] of namespace) module.dict.set(key, value);
  execSource(interp, module, file, source, '');
  return module;
}

/**
 * One entry of an interactive console (Python's "single" mode) in `module`'s namespace:
 * the value of a lone expression is returned for the console to print, as
 * sys.displayhook does; statements return undefined.
 */
export function runInteractive(interp: Interpreter, source: string, module: PyModule, file = '<console>'): PyValue | undefined {
  const parsed = parse(source, file);
  const frame: Frame = { file, name: '<module>', line: 1, source: '' };
  const scope = new Scope(null, module.dict);
  const ctx = { scope, module, locals: null, isClass: false, frame, handling: null };
  return interp.stack.withFrame(frame, () => {
    const last = parsed.body[parsed.body.length - 1];
    if (parsed.body.length === 1 && last?.kind === 'expr') {
      interp.stack.tick(frame, last.line);
      return evaluate(interp, last.value, ctx);
    }
    execBlock(interp, parsed.body, ctx);
    return undefined;
  });
}

export function execFile(interp: Interpreter, module: PyModule, file: string) {
  const source = interp.options.fs.readFile(file) ?? '';
  interp.sources.set(file, source);
  execSource(interp, module, file, source, source);
}

/** Parses and runs `source` as `module`'s body; `quoted` is the text tracebacks quote lines from. */
function execSource(interp: Interpreter, module: PyModule, file: string, source: string, quoted: string) {
  const parsed = parse(source, file);
  const frame: Frame = { file, name: '<module>', line: 1, source: quoted };
  const scope = new Scope(null, module.dict);
  interp.stack.withFrame(frame, () => execBlock(interp, parsed.body, { scope, module, locals: null, isClass: false, frame, handling: null }));
}

/**
 * Parsed modules by file and text. A Worker runs many commands, and each one runs the
 * framework's Python sources and the learner's unchanged files again: parsing them was most
 * of a command's Python start-up. The tree is never changed by running it, and the caches
 * keyed by its nodes (names, closures, generators) hold for every run.
 */
const parsedSources = new Map<string, Module>();
const PARSED_SOURCES_KEPT = 300;

/** Parses a source text, its syntax errors raised as Python's SyntaxError. */
function parse(source: string, file: string): Module {
  const key = `${file}\0${source}`;
  const known = parsedSources.get(key);
  if (known) return known;
  try {
    const parsed = parseModule(source, file);
    if (parsedSources.size >= PARSED_SOURCES_KEPT) parsedSources.delete(parsedSources.keys().next().value!);
    parsedSources.set(key, parsed);
    return parsed;
  } catch (err) {
    if (err instanceof PythonSyntaxError) throw syntaxException(err);
    throw err;
  }
}

function syntaxException(err: PythonSyntaxError): PyException {
  const exc = new PyException(newException(exceptionClass(err.problem.type === 'NotImplementedError' ? 'NotImplementedError' : err.problem.type), [err.problem.message]));
  exc.syntax = { problem: err.problem, file: err.file, text: err.text };
  return exc;
}

/** eval(code) of one expression in a fresh namespace (the questioner's one-off defaults). */
export function evalExpression(interp: Interpreter, code: string, names: Record<string, PyValue> = {}): PyValue {
  const parsed = parse(code, '<string>');
  const stmt = parsed.body[0];
  if (parsed.body.length !== 1 || stmt?.kind !== 'expr') throw pyError('SyntaxError', 'invalid syntax');
  const module = new PyModule('__main__', null);
  for (const [k, v] of Object.entries(names)) module.dict.set(k, v);
  const scope = new Scope(null, module.dict);
  const frame: Frame = { file: '<string>', name: '<module>', line: 1, source: code };
  return evaluate(interp, stmt.value, { scope, module, locals: null, isClass: false, frame, handling: null });
}
