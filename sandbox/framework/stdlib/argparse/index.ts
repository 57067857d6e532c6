/** Python's argparse, as far as Django's management commands use it. */
export { ArgumentParser, type HelpFormatterClass, type ParserOptions } from './parser';
export { HelpFormatter } from './help-formatter';
export { ArgparseExit } from './errors';
export {
  SUPPRESS,
  type Action,
  type ActionName,
  type ArgumentOptions,
  type Choice,
  type MutuallyExclusiveGroup,
  type Namespace,
  type Nargs,
  type TypeName,
} from './types';
