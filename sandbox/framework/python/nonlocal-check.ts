import type { Stmt } from './ast';
import { statementBlocks } from './ast-walk';
import { analyse } from './scopes';
import type { SyntaxProblem } from './syntax-error';

/**
 * Python refuses, when it compiles a file, a `nonlocal` name that no enclosing function
 * binds. Class bodies are skipped over, as they are for name lookups.
 */
export function checkNonlocals(body: Stmt[], enclosing: Set<string>[] = []): SyntaxProblem | null {
  for (const stmt of body) {
    let problem: SyntaxProblem | null = null;
    if (stmt.kind === 'def') {
      const names = analyse(stmt.body, stmt.params);
      problem = unbound(stmt.body, names.nonlocals, enclosing) ?? checkNonlocals(stmt.body, [...enclosing, new Set([...names.locals, ...names.nonlocals])]);
    } else if (stmt.kind === 'class') problem = checkNonlocals(stmt.body, enclosing);
    else for (const block of statementBlocks(stmt)) problem ??= checkNonlocals(block, enclosing);
    if (problem) return problem;
  }
  return null;
}

function unbound(body: Stmt[], nonlocals: Set<string>, enclosing: Set<string>[]): SyntaxProblem | null {
  for (const name of nonlocals) {
    if (enclosing.some((scope) => scope.has(name))) continue;
    const stmt = findDeclaration(body, name);
    if (stmt) return { type: 'SyntaxError', message: `no binding for nonlocal '${name}' found`, line: stmt.line, offset: stmt.col + 1, endOffset: stmt.endCol + 1 };
  }
  return null;
}

function findDeclaration(body: Stmt[], name: string): Stmt | null {
  for (const stmt of body) {
    if (stmt.kind === 'nonlocal' && stmt.names.includes(name)) return stmt;
    for (const block of statementBlocks(stmt)) {
      const found = findDeclaration(block, name);
      if (found) return found;
    }
  }
  return null;
}
