/** The sandbox's Python: a documented subset, parsed with @lezer/python and interpreted. */
export { Interpreter, type InterpreterOptions, type PyFileSystem } from './interpreter';
export { PyException, SystemExit, pyError, exceptionClass, newException, objectClass, raisedAs, type TraceEntry } from './exceptions';
export type { Frame } from './call-stack';
export { formatException, exceptionLine, exceptionTypeName } from './traceback';
export * from './objects';
export { newDict, dictGet, dictSet, hashKey, typeName, valuesEqual } from './values';
export { classOf } from './builtins';
export { reprOf, strOf } from './format';
export { percentFormat } from './percent-format';
export { pyLen, pyStrip } from './strings';
export { ORDERINGS } from './orderings';
