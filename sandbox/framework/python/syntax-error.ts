/** What Python reports for code it cannot parse: SyntaxError or IndentationError, with where. */
export interface SyntaxProblem {
  type: 'SyntaxError' | 'IndentationError' | 'NotImplementedError';
  message: string;
  /** 1-based line. */
  line: number;
  /** 1-based column the caret points at, as Python's `offset`. */
  offset: number;
  /** 1-based column just past what the carets underline, when Python underlines a range. */
  endOffset?: number;
}

export class PythonSyntaxError extends Error {
  constructor(
    readonly problem: SyntaxProblem,
    readonly file: string,
    readonly text: string,
  ) {
    super(`${problem.type}: ${problem.message}`);
  }
}
