import type { Arg, Expr, FStringPart, Stmt } from './ast';
import { pyError } from './exceptions';
import { asciiOf, formatValue, reprOf, strOf } from './format';
import type { Interpreter } from './interpreter';
import { PyDict, PyFloat, PyInstance, PyList, PySet, PySlice, PyTuple, type Kwargs, type PyValue } from './objects';
import { unaryNumber } from './numeric';
import { binaryOp, compareOp } from './operators';
import { bindingContext, lookup, store, type Context } from './scopes';
import { ELLIPSIS } from './ellipsis';
import { bytesLiteral } from './bytes-literal';
import { normInt } from './big-int';
import { dictSet, hashKey, newDict, typeName } from './values';

export function evalArgs(interp: Interpreter, argNodes: Arg[], ctx: Context): { args: PyValue[]; kwargs: Kwargs } {
  const args: PyValue[] = [];
  const kwargs: Kwargs = new Map();
  for (const a of argNodes) {
    if (a.kind === 'pos') args.push(evaluate(interp, a.value, ctx));
    else if (a.kind === 'star') args.push(...interp.iterate(evaluate(interp, a.value, ctx)));
    else if (a.kind === 'kw') kwargs.set(a.name, evaluate(interp, a.value, ctx));
    else {
      const d = evaluate(interp, a.value, ctx);
      if (!(d instanceof PyDict)) throw pyError('TypeError', `argument after ** must be a mapping, not ${typeName(d)}`);
      for (const { key, value } of d.entries.values()) kwargs.set(String(key), value);
    }
  }
  return { args, kwargs };
}

export function evaluate(interp: Interpreter, expr: Expr, ctx: Context): PyValue {
  switch (expr.kind) {
    case 'name':
      return lookup(interp, expr.id, ctx);
    case 'const':
      if (expr.big !== undefined) return normInt(expr.big);
      return expr.float ? new PyFloat(expr.value as number) : expr.value;
    case 'fstring':
      return renderFString(interp, expr.parts, ctx);
    case 'list':
      return new PyList(evalItems(interp, expr.items, ctx));
    case 'tuple':
      return new PyTuple(evalItems(interp, expr.items, ctx));
    case 'set': {
      const set = new PySet();
      for (const v of evalItems(interp, expr.items, ctx)) set.entries.set(hashKey(v), v);
      return set;
    }
    case 'dict': {
      const dict = newDict();
      for (const e of expr.entries) {
        if ('spread' in e) {
          const other = evaluate(interp, e.spread, ctx);
          if (!(other instanceof PyDict)) throw pyError('TypeError', `'${typeName(other)}' object is not a mapping`);
          for (const { key, value } of other.entries.values()) dictSet(dict, key, value);
        } else dictSet(dict, evaluate(interp, e.key, ctx), evaluate(interp, e.value, ctx));
      }
      return dict;
    }
    case 'attr': {
      const object = evaluate(interp, expr.object, ctx);
      // An AttributeError names the attribute's own line in a statement over several lines.
      ctx.frame.line = expr.line;
      return interp.getAttr(object, expr.name);
    }
    case 'subscript':
      return interp.getItem(evaluate(interp, expr.object, ctx), evaluate(interp, expr.index, ctx));
    case 'slice':
      return new PySlice(
        expr.lower ? evaluate(interp, expr.lower, ctx) : null,
        expr.upper ? evaluate(interp, expr.upper, ctx) : null,
        expr.step ? evaluate(interp, expr.step, ctx) : null,
      );
    case 'call': {
      const func = evaluate(interp, expr.func, ctx);
      const { args, kwargs } = evalArgs(interp, expr.args, ctx);
      ctx.frame.line = expr.line;
      return interp.call(func, args, kwargs);
    }
    case 'binop':
      return binaryOp(expr.op, evaluate(interp, expr.left, ctx), evaluate(interp, expr.right, ctx), interp);
    case 'unary': {
      const v = evaluate(interp, expr.operand, ctx);
      if (expr.op === 'not') return !interp.truthy(v);
      if (v instanceof PyInstance) {
        // -Decimal('1'), ~Q(...): the operand's own __neg__, __pos__ or __invert__.
        const method = v.cls.lookup(expr.op === '-' ? '__neg__' : expr.op === '+' ? '__pos__' : '__invert__');
        if (method !== undefined) return interp.call(method, [v]);
      }
      return unaryNumber(expr.op, v);
    }
    case 'boolop': {
      const left = evaluate(interp, expr.left, ctx);
      if (expr.op === 'and') return interp.truthy(left) ? evaluate(interp, expr.right, ctx) : left;
      return interp.truthy(left) ? left : evaluate(interp, expr.right, ctx);
    }
    case 'compare': {
      let left = evaluate(interp, expr.left, ctx);
      for (let i = 0; i < expr.ops.length; i++) {
        const right = evaluate(interp, expr.rights[i]!, ctx);
        if (!compareOp(expr.ops[i]!, left, right, interp)) return false;
        left = right;
      }
      return true;
    }
    case 'ifexp':
      return interp.truthy(evaluate(interp, expr.test, ctx)) ? evaluate(interp, expr.body, ctx) : evaluate(interp, expr.orelse, ctx);
    case 'starred':
      throw pyError('SyntaxError', "can't use starred expression here");
    case 'ellipsis':
      return ELLIPSIS;
    case 'bytes':
      return bytesLiteral(expr.value);
    case 'lambda':
      return interp.makeFunction('<lambda>', expr.params, lambdaBody(expr), ctx);
    case 'comp':
      return interp.comprehension(expr, ctx);
    case 'walrus': {
      const value = evaluate(interp, expr.value, ctx);
      store(expr.target, value, bindingContext(ctx));
      return value;
    }
    case 'yield':
      throw pyError('NotImplementedError', "'yield' inside this kind of expression is not available in the sandbox's Python");
  }
}

function renderFString(interp: Interpreter, parts: FStringPart[], ctx: Context): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = evaluate(interp, part.expr, ctx);
    const c = part.conversion;
    const converted = c === 'r' ? reprOf(value, interp) : c === 's' ? strOf(value, interp) : c === 'a' ? asciiOf(reprOf(value, interp)) : value;
    out += formatValue(converted, renderFString(interp, part.spec, ctx), interp);
  }
  return out;
}

/** ascii(): repr() with every non-ASCII character escaped. */

function evalItems(interp: Interpreter, items: Expr[], ctx: Context): PyValue[] {
  const out: PyValue[] = [];
  for (const item of items) {
    if (item.kind === 'starred') out.push(...interp.iterate(evaluate(interp, item.value, ctx)));
    else out.push(evaluate(interp, item, ctx));
  }
  return out;
}

const lambdaBodies = new WeakMap<Expr, Stmt[]>();

/** A lambda is a function whose body returns its expression; the body is made once per lambda. */
function lambdaBody(expr: Extract<Expr, { kind: 'lambda' }>): Stmt[] {
  let body = lambdaBodies.get(expr);
  if (!body) {
    body = [{ ...expr.body, kind: 'return', value: expr.body }];
    lambdaBodies.set(expr, body);
  }
  return body;
}
