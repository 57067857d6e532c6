import { PyTuple, type Interpreter, type PyValue, PyNativeFunction } from '../../python';
import { sourceModule } from '../types/source-module';
import source from './warnings.py?raw';

/** warnings, written in Python; the caller's location, its source line and stderr come from the interpreter. */
export function warningsModule(interp: Interpreter): Record<string, PyValue> {
  const caller = new PyNativeFunction('_caller', ([stacklevel]) => {
    const frames = interp.stack.all().filter((f) => f.file !== '<frozen warnings>');
    const frame = frames[frames.length - Math.max(1, Number(stacklevel ?? 1))];
    if (!frame) return new PyTuple(['sys', 1, 'sys']);
    const module = [...interp.modules.values()].find((m) => m.file === frame.file)?.name ?? (frame.func?.globals.name ?? '__main__');
    return new PyTuple([frame.file, frame.line, module]);
  });
  const sourceLine = new PyNativeFunction('_source_line', ([file, line]) => interp.sources.get(String(file))?.split('\n')[Number(line) - 1] ?? '');
  const stderrWrite = new PyNativeFunction('_stderr_write', ([text]) => {
    interp.options.stderr?.(String(text));
    return null;
  });
  return sourceModule(interp, 'warnings', source, { _caller: caller, _source_line: sourceLine, _stderr_write: stderrWrite });
}
