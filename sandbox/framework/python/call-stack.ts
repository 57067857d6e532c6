import { PyException, pyError } from './exceptions';
import type { InterpreterOptions } from './interpreter';
import type { PyFunction, Scope } from './objects';

/** Where running code is: one entry per module body, class body or call, for tracebacks. */
export interface Frame {
  file: string;
  name: string;
  line: number;
  source: string;
  /** The function a call runs and its local scope: zero-argument super() reads them. */
  func?: PyFunction;
  scope?: Scope;
  /** The exception an `except` block of this frame is handling, which sys.exc_info() and logging's exc_info see. */
  handling?: PyException | null;
  /** The line that raised it here: the first line of its traceback, as the handler sees it. */
  handlingLine?: number;
}

/** The frames of running code, and the limits that stop runaway programs: recursion depth, step budget, Ctrl+C. */
export class CallStack {
  private readonly frames: Frame[] = [];
  private steps = 0;
  private readonly maxSteps: number;
  private readonly maxDepth: number;

  constructor(private readonly options: Pick<InterpreterOptions, 'maxSteps' | 'maxDepth' | 'interrupted'>) {
    this.maxSteps = options.maxSteps ?? 2_000_000;
    this.maxDepth = options.maxDepth ?? 200;
  }

  withFrame<T>(frame: Frame, body: () => T): T {
    if (this.frames.length >= this.maxDepth) throw pyError('RecursionError', 'maximum recursion depth exceeded');
    this.frames.push(frame);
    try {
      return body();
    } catch (err) {
      if (err instanceof PyException) {
        err.traceback.unshift({ file: frame.file, line: frame.line, name: frame.name, text: frame.source.split('\n')[frame.line - 1] ?? '' });
      }
      throw err;
    } finally {
      this.frames.pop();
    }
  }

  /** The innermost running frame, if any. */
  current(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  /** The running frames, outermost first. */
  all(): readonly Frame[] {
    return this.frames;
  }

  /** The exception being handled here or in a caller, as sys.exc_info() reports it. */
  handledException(): PyException | null {
    for (let i = this.frames.length - 1; i >= 0; i--) if (this.frames[i]!.handling) return this.frames[i]!.handling!;
    return null;
  }

  tick(frame: Frame, line: number) {
    frame.line = line;
    if (++this.steps > this.maxSteps) {
      throw pyError('RuntimeError', `the sandbox stopped this code after ${this.maxSteps.toLocaleString('en')} steps: is there an endless loop?`);
    }
    // Every few thousand steps: often enough that Ctrl+C feels immediate, rare enough to cost nothing.
    if ((this.steps & 0xfff) === 0 && this.options.interrupted?.()) throw pyError('KeyboardInterrupt');
  }

  /** Resets the step budget: each command gets its own. */
  resetSteps() {
    this.steps = 0;
  }
}
