import { formatException, PyException, PyFloat, PyInstance, PyNativeFunction, PyTuple, raisedAs, type Interpreter, type PyValue } from '../../python';
import { sourceModule } from '../types/source-module';
import { strftime } from './time-format';
import configSource from './config.py?raw';
import formatting from './formatting.py?raw';
import handlers from './handlers.py?raw';
import loggers from './loggers.py?raw';

function native(name: string, fn: (args: PyValue[]) => PyValue) {
  return new PyNativeFunction(name, fn);
}

/** What logging needs from the interpreter: the clock, the caller's frame, the exception being handled, stderr. */
function loggingNatives(interp: Interpreter): Record<string, PyValue> {
  return {
    _time: native('_time', () => new PyFloat(Date.now() / 1000)),
    _strftime: native('_strftime', ([format, seconds]) => strftime(String(format), seconds instanceof PyFloat ? seconds.value : Number(seconds))),
    _stderr_write: native('_stderr_write', ([text]) => {
      interp.options.stderr?.(String(text));
      return null;
    }),
    // The frame that called into logging, `stacklevel - 1` frames further out.
    _caller: native('_caller', ([stacklevel]) => {
      const frames = interp.stack.all().filter((f) => !f.file.startsWith('<frozen logging'));
      const frame = frames[frames.length - Math.max(1, Number(stacklevel ?? 1))];
      if (!frame) return new PyTuple(['(unknown file)', 0, '(unknown function)']);
      return new PyTuple([frame.file, frame.line, frame.name]);
    }),
    _exc_info: native('_exc_info', () => {
      const handled = interp.stack.handledException();
      if (!handled) return new PyTuple([null, null, null]);
      return new PyTuple([handled.exc.cls, handled.exc, null]);
    }),
    _format_exception: native('_format_exception', ([value]) => {
      if (!(value instanceof PyInstance)) return `NoneType: None\n`;
      const err = raisedAs(value) ?? new PyException(value);
      // Caught in a running frame, the traceback starts there, as CPython's does.
      const catcher = interp.stack.all().find((f) => f.handling === err);
      if (!catcher || catcher.handlingLine === undefined) return formatException(err, interp);
      const line = catcher.handlingLine;
      const entry = { file: catcher.file, line, name: catcher.name, text: catcher.source.split('\n')[line - 1] ?? '' };
      err.traceback.unshift(entry);
      try {
        return formatException(err, interp);
      } finally {
        err.traceback.shift();
      }
    }),
  };
}

export function loggingModule(interp: Interpreter): Record<string, PyValue> {
  // One module in three files, run in order in the same namespace.
  return sourceModule(interp, 'logging', [formatting, handlers, loggers].join('\n'), loggingNatives(interp));
}

/** logging.config: dictConfig resolves dotted names ('logging.StreamHandler', 'ext://sys.stdout') through imports. */
export function loggingConfigModule(interp: Interpreter): Record<string, PyValue> {
  const importModule = native('_import_module', ([name]) => interp.importModule(String(name)));
  return sourceModule(interp, 'logging.config', configSource, { _import_module: importModule });
}

