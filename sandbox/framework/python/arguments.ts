import { pyError } from './exceptions';
import type { Kwargs, PyFunction, PyValue, Scope } from './objects';
import { PyTuple } from './objects';
import { dictSet, newDict } from './values';

/**
 * Binds a call's arguments to a function's parameters in the order Python checks them:
 * positional ones, then keywords, then the count of positional ones, then what is missing.
 */
export function bindArguments(fn: PyFunction, args: PyValue[], kwargs: Kwargs, scope: Scope) {
  const vars = scope.vars;
  const positional = fn.params.filter((p) => p.kind === 'posonly' || p.kind === 'normal');
  const star = fn.params.find((p) => p.kind === 'star');
  const dstar = fn.params.find((p) => p.kind === 'dstar');
  const name = `${fn.qualname}()`;
  const bound = Math.min(args.length, positional.length);
  for (let i = 0; i < bound; i++) vars.set(positional[i]!.name, args[i]!);
  if (star) vars.set(star.name, new PyTuple(args.slice(positional.length)));
  const extra = dstar ? newDict() : null;
  const posonlyAsKeyword: string[] = [];
  for (const [key, value] of kwargs) {
    const param = fn.params.find((p) => p.name === key && p.kind !== 'star' && p.kind !== 'dstar');
    if (param && param.kind !== 'posonly') {
      if (vars.has(key)) throw pyError('TypeError', `${name} got multiple values for argument '${key}'`);
      vars.set(key, value);
    } else if (extra) dictSet(extra, key, value);
    else if (param) posonlyAsKeyword.push(key);
    else throw pyError('TypeError', `${name} got an unexpected keyword argument '${key}'`);
  }
  if (posonlyAsKeyword.length) {
    throw pyError('TypeError', `${name} got some positional-only arguments passed as keyword arguments: '${posonlyAsKeyword.join(', ')}'`);
  }
  if (dstar && extra) vars.set(dstar.name, extra);
  if (args.length > positional.length && !star) throw tooManyPositional(fn, name, positional.length, args.length, kwargs);
  const missing = (kind: 'positional' | 'keyword-only') => {
    const names: string[] = [];
    for (const p of fn.params) {
      const matches = kind === 'positional' ? p.kind === 'posonly' || p.kind === 'normal' : p.kind === 'kwonly';
      if (!matches || vars.has(p.name)) continue;
      const def = fn.defaults.get(p.name);
      if (def !== undefined) vars.set(p.name, def);
      else names.push(p.name);
    }
    if (names.length) {
      throw pyError('TypeError', `${name} missing ${names.length} required ${kind} argument${names.length === 1 ? '' : 's'}: ${listNames(names)}`);
    }
  };
  missing('positional');
  missing('keyword-only');
}

function tooManyPositional(fn: PyFunction, name: string, count: number, given: number, kwargs: Kwargs) {
  const required = fn.params.filter((p) => (p.kind === 'posonly' || p.kind === 'normal') && p.default === null).length;
  const takes = required < count ? `from ${required} to ${count} positional arguments` : `${count} positional argument${count === 1 ? '' : 's'}`;
  const kwonlyGiven = fn.params.filter((p) => p.kind === 'kwonly' && kwargs.has(p.name)).length;
  const was = given === 1 ? 'was' : 'were';
  if (kwonlyGiven) {
    const kw = `${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'}`;
    return pyError('TypeError', `${name} takes ${takes} but ${given} positional argument${given === 1 ? '' : 's'} (and ${kw}) ${kwonlyGiven + given === 1 ? 'was' : 'were'} given`);
  }
  return pyError('TypeError', `${name} takes ${takes} but ${given} ${was} given`);
}

/** 'a', 'a' and 'b', 'a', 'b', and 'c': Python's way of listing missing arguments. */
function listNames(names: string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  if (quoted.length === 1) return quoted[0]!;
  if (quoted.length === 2) return `${quoted[0]} and ${quoted[1]}`;
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
}
