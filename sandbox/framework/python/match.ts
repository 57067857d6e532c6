import type { Expr, MatchCase, Pattern } from './ast';
import { classOf } from './builtins';
import { pyError } from './exceptions';
import { evaluate } from './expressions';
import type { Interpreter } from './interpreter';
import { PyClass, PyDict, PyInstance, PyList, PyTuple, type PyValue } from './objects';
import { store, type Context } from './scopes';
import { dictGet, hashKey, newDict } from './values';

/**
 * Structural pattern matching. A case's names are bound only when its whole pattern matches,
 * then the guard decides.
 */
export function findCase(interp: Interpreter, cases: MatchCase[], subject: PyValue, ctx: Context): MatchCase | null {
  for (const c of cases) {
    interp.stack.tick(ctx.frame, c.line);
    const bindings = new Map<string, PyValue>();
    if (!matches(interp, c.pattern, subject, ctx, bindings)) continue;
    for (const [name, value] of bindings) store(name, value, ctx);
    if (c.guard && !interp.truthy(evaluate(interp, c.guard, ctx))) continue;
    return c;
  }
  return null;
}

/** Classes whose single positional sub-pattern matches the subject itself: `case int(n)`. */
const SELF_MATCHING = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

function matches(interp: Interpreter, p: Pattern, subject: PyValue, ctx: Context, bound: Map<string, PyValue>): boolean {
  switch (p.kind) {
    case 'capture':
      if (p.name) bound.set(p.name, subject);
      return true;
    case 'value':
      return matchesValue(interp, p.value, subject, ctx);
    case 'as':
      if (!matches(interp, p.pattern, subject, ctx, bound)) return false;
      bound.set(p.name, subject);
      return true;
    case 'or':
      for (const option of p.options) {
        const attempt = new Map(bound);
        if (matches(interp, option, subject, ctx, attempt)) {
          for (const [k, v] of attempt) bound.set(k, v);
          return true;
        }
      }
      return false;
    case 'sequence':
      return matchesSequence(interp, p.items, subject, ctx, bound);
    case 'star':
      return false;
    case 'mapping':
      return matchesMapping(interp, p, subject, ctx, bound);
    case 'class':
      return matchesClass(interp, p, subject, ctx, bound);
  }
}

function matchesValue(interp: Interpreter, expr: Expr, subject: PyValue, ctx: Context): boolean {
  // None, True and False compare by identity: `case True` does not match 1.
  if (expr.kind === 'const' && (expr.value === null || typeof expr.value === 'boolean')) return subject === expr.value;
  return interp.equal(subject, evaluate(interp, expr, ctx));
}

function matchesSequence(interp: Interpreter, items: Pattern[], subject: PyValue, ctx: Context, bound: Map<string, PyValue>): boolean {
  // str, bytes and dict are not sequences to a pattern.
  if (!(subject instanceof PyList || subject instanceof PyTuple || (subject instanceof PyInstance && isSequenceInstance(subject)))) return false;
  const values = interp.iterate(subject);
  const starAt = items.findIndex((i) => i.kind === 'star');
  if (starAt < 0) {
    if (values.length !== items.length) return false;
    return items.every((item, i) => matches(interp, item, values[i]!, ctx, bound));
  }
  const after = items.length - starAt - 1;
  if (values.length < items.length - 1) return false;
  for (let i = 0; i < starAt; i++) if (!matches(interp, items[i]!, values[i]!, ctx, bound)) return false;
  for (let i = 0; i < after; i++) if (!matches(interp, items[starAt + 1 + i]!, values[values.length - after + i]!, ctx, bound)) return false;
  const star = items[starAt] as Extract<Pattern, { kind: 'star' }>;
  if (star.name) bound.set(star.name, new PyList(values.slice(starAt, values.length - after)));
  return true;
}

/** A class written in Python counts as a sequence when it has __getitem__ and __len__ (a stand-in for collections.abc.Sequence). */
function isSequenceInstance(value: PyInstance): boolean {
  return value.cls.lookup('__getitem__') !== undefined && value.cls.lookup('__len__') !== undefined && value.cls.lookup('keys') === undefined;
}

function matchesMapping(interp: Interpreter, p: Extract<Pattern, { kind: 'mapping' }>, subject: PyValue, ctx: Context, bound: Map<string, PyValue>): boolean {
  if (!(subject instanceof PyDict)) return false;
  const used = new Set<string>();
  for (let i = 0; i < p.keys.length; i++) {
    const key = evaluate(interp, p.keys[i]!, ctx);
    const value = dictGet(subject, key);
    if (value === undefined || !matches(interp, p.values[i]!, value, ctx, bound)) return false;
    used.add(hashKey(key));
  }
  if (p.rest) {
    const rest = newDict();
    for (const [h, entry] of subject.entries) if (!used.has(h)) rest.entries.set(h, entry);
    bound.set(p.rest, rest);
  }
  return true;
}

function matchesClass(interp: Interpreter, p: Extract<Pattern, { kind: 'class' }>, subject: PyValue, ctx: Context, bound: Map<string, PyValue>): boolean {
  const cls = evaluate(interp, p.cls, ctx);
  if (!(cls instanceof PyClass)) throw pyError('TypeError', 'called match pattern must be a class');
  if (!classOf(subject, interp.builtins).isSubclassOf(cls)) return false;
  const attributes: [string, Pattern][] = [];
  if (p.args.length) {
    if (cls.module === 'builtins' && SELF_MATCHING.has(cls.name)) {
      if (p.args.length > 1) throw pyError('TypeError', `${cls.name}() accepts 1 positional sub-pattern (${p.args.length} given)`);
      if (!matches(interp, p.args[0]!, subject, ctx, bound)) return false;
    } else {
      const matchArgs = interp.findAttr(cls, '__match_args__');
      const names = matchArgs instanceof PyTuple ? matchArgs.items : [];
      if (p.args.length > names.length) {
        const n = names.length;
        throw pyError('TypeError', `${cls.name}() accepts ${n} positional sub-pattern${n === 1 ? '' : 's'} (${p.args.length} given)`);
      }
      p.args.forEach((arg, i) => attributes.push([String(names[i]), arg]));
    }
  }
  for (const kw of p.kwargs) attributes.push([kw.name, kw.pattern]);
  for (const [name, pattern] of attributes) {
    const value = interp.findAttr(subject, name);
    if (value === undefined || !matches(interp, pattern, value, ctx, bound)) return false;
  }
  return true;
}
