import { PyClass, PyException, PyInstance, PyNativeFunction, formatException, raisedAs, type Interpreter, type PyValue } from '../../python';
import { sourceModule } from '../types/source-module';
import caseSource from './case.py?raw';
import testcaseSource from './testcase.py?raw';
import runnerSource from './runner.py?raw';
import suiteSource from './suite.py?raw';
import mockSource from './mock.py?raw';

/**
 * A caught exception's traceback as unittest reports it: the frames from the test method on,
 * without unittest's own frames (CPython hides them from learners the same way).
 */
/** unittest's own frames, and django.test's (the sandbox's Django has no files to show them from). */
const hidden = (file: string) => file.startsWith('<frozen unittest') || file.startsWith('<frozen django.test');

function formatExc(interp: Interpreter): PyNativeFunction {
  return new PyNativeFunction('_format_exc', ([value, here]) => {
    if (!(value instanceof PyInstance)) return 'NoneType: None\n';
    const err = raisedAs(value) ?? new PyException(value);
    const saved = [...err.traceback];
    err.traceback.splice(0, saved.length, ...saved.filter((entry) => !hidden(entry.file)));
    // Caught by a subTest's `with` in the test method itself: that frame is where it was raised.
    const caller = here === true ? interp.stack.all().filter((f) => !hidden(f.file)).pop() : undefined;
    if (caller) err.traceback.unshift({ file: caller.file, line: caller.line, name: caller.name, text: caller.source.split('\n')[caller.line - 1] ?? '' });
    try {
      return formatException(err, interp);
    } finally {
      err.traceback.splice(0, err.traceback.length, ...saved);
    }
  });
}

/** Moves a class to the submodule CPython defines it in, for its repr as well as `__module__`. */
const setModule = new PyNativeFunction('_set_module', ([cls, name]) => {
  if (cls instanceof PyClass && typeof name === 'string') {
    // The class is built once, at the module's import, before anyone reads its module.
    (cls as { module: string }).module = name;
    cls.dict.set('__module__', name);
  }
  return null;
});

/** The sandbox has no `__import__` builtin: patch() and loadTestsFromName() import dotted names through this. */
function importModule(interp: Interpreter): PyNativeFunction {
  return new PyNativeFunction('_import_module', ([name]) => interp.importModule(String(name)));
}

export function unittestModule(interp: Interpreter): Record<string, PyValue> {
  // One module in several files, run in order in the same namespace.
  const source = [caseSource, testcaseSource, runnerSource, suiteSource].join('\n');
  return sourceModule(interp, 'unittest', source, { _format_exc: formatExc(interp), _set_module: setModule, _import_module: importModule(interp) });
}

export function unittestMockModule(interp: Interpreter): Record<string, PyValue> {
  return sourceModule(interp, 'unittest.mock', mockSource, { _import_module: importModule(interp) });
}
