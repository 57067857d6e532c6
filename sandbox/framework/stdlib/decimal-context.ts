import { PyClass, PyInstance, PyNativeFunction, exceptionClass, objectClass, pyError, type Interpreter, type Kwargs, type PyValue } from '../python';
import {
  DecimalException,
  InvalidOperation,
  ROUNDINGS,
  activeContext,
  decimalFrom,
  newDecimal,
  roundToPrecision,
  type Rounding,
} from './decimal';
import { PyLong } from '../python/big-int';
import { installDecimalMethods } from './decimal-methods';
import { structSequenceClass } from './struct-sequence';

const MODULE = 'decimal';
const signalClass = (name: string, bases: PyClass[]) => new PyClass(name, bases, MODULE);

/**
 * decimal's contexts (getcontext, setcontext, localcontext, Context) and signals. Each
 * `import decimal` starts with a fresh default context, so one run's `prec = 6` never
 * reaches the next run's numbers.
 */
export function decimalExtras(interp: Interpreter): Record<string, PyValue> {
  installDecimalMethods(interp, decimalTuple(interp));
  const Clamped = signalClass('Clamped', [DecimalException]);
  const Inexact = signalClass('Inexact', [DecimalException]);
  const Rounded = signalClass('Rounded', [DecimalException]);
  const Subnormal = signalClass('Subnormal', [DecimalException]);
  const Overflow = signalClass('Overflow', [Inexact, Rounded]);
  const Underflow = signalClass('Underflow', [Inexact, Rounded, Subnormal]);
  const FloatOperation = signalClass('FloatOperation', [DecimalException, exceptionClass('TypeError')]);
  const DivisionImpossible = signalClass('DivisionImpossible', [InvalidOperation]);
  const InvalidContext = signalClass('InvalidContext', [InvalidOperation]);

  const Context: PyClass = new PyClass('Context', [objectClass], MODULE, {
    construct: (cls, args, kwargs) => makeContext(cls, args, kwargs),
  });
  const names = ['prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'];
  const makeContext = (cls: PyClass, args: PyValue[], kwargs: Kwargs, base?: PyInstance): PyInstance => {
    const ctx = new PyInstance(cls);
    const defaults: Record<string, PyValue> = { prec: 28, rounding: 'ROUND_HALF_EVEN', Emin: -999999, Emax: 999999, capitals: 1, clamp: 0 };
    names.forEach((name, i) => {
      const v = args[i] ?? kwargs.get(name) ?? base?.dict.get(name) ?? defaults[name];
      if (v !== undefined) ctx.dict.set(name, v);
    });
    check(ctx);
    return ctx;
  };
  const check = (ctx: PyInstance) => {
    const prec = ctx.dict.get('prec');
    if (typeof prec !== 'number' || prec < 1) throw pyError('ValueError', 'valid range for prec is [1, MAX_PREC]');
    const rounding = ctx.dict.get('rounding');
    if (!ROUNDINGS.includes(rounding as Rounding)) throw pyError('TypeError', 'valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]');
  };
  const method = (name: string, body: (ctx: PyInstance, args: PyValue[]) => PyValue) => {
    Context.dict.set(name, new PyNativeFunction(name, ([self, ...args]) => body(self as PyInstance, args)));
  };
  method('__repr__', (ctx) => {
    const v = (n: string) => ctx.dict.get(n);
    return `Context(prec=${interp.repr(v('prec') ?? null)}, rounding=${String(v('rounding'))}, Emin=${String(v('Emin'))}, Emax=${String(v('Emax'))}, capitals=${String(v('capitals'))}, clamp=${String(v('clamp'))}, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])`;
  });
  method('copy', (ctx) => makeContext(Context, [], new Map(), ctx));
  /** An operation done with this context's precision and rounding. */
  const within = <T>(ctx: PyInstance, body: () => T): T => {
    const saved = current;
    current = ctx;
    try {
      return body();
    } finally {
      current = saved;
    }
  };
  method('create_decimal', (ctx, [value]) => within(ctx, () => newDecimal(roundToPrecision(decimalFrom(value ?? '0')))));
  for (const [name, op] of [['add', '__add__'], ['subtract', '__sub__'], ['multiply', '__mul__'], ['divide', '__truediv__'], ['power', '__pow__']] as const) {
    method(name, (ctx, [a, b]) => within(ctx, () => interp.call(interp.getAttr(newDecimal(decimalFrom(a ?? 0)), op), [b ?? 0])));
  }
  method('sqrt', (ctx, [a]) => within(ctx, () => interp.call(interp.getAttr(newDecimal(decimalFrom(a ?? 0)), 'sqrt'), [])));
  method('clear_flags', () => null);
  method('clear_traps', () => null);

  let current: PyInstance = makeContext(Context, [], new Map());
  activeContext.prec = () => Number(current.dict.get('prec') ?? 28);
  activeContext.rounding = () => (ROUNDINGS.includes(current.dict.get('rounding') as Rounding) ? (current.dict.get('rounding') as Rounding) : 'ROUND_HALF_EVEN');

  const LocalContext = new PyClass('_ContextManager', [objectClass], MODULE);
  LocalContext.dict.set('__enter__', new PyNativeFunction('__enter__', ([self]) => {
    const state = (self as PyInstance).native as { saved: PyInstance | null; ctx: PyInstance };
    state.saved = current;
    current = state.ctx;
    return state.ctx;
  }));
  LocalContext.dict.set('__exit__', new PyNativeFunction('__exit__', ([self]) => {
    const state = (self as PyInstance).native as { saved: PyInstance | null };
    if (state.saved) current = state.saved;
    return null;
  }));

  return {
    Context,
    Clamped,
    Inexact,
    Rounded,
    Subnormal,
    Overflow,
    Underflow,
    FloatOperation,
    DivisionImpossible,
    InvalidContext,
    MAX_PREC: new PyLong(999999999999999999n),
    MAX_EMAX: new PyLong(999999999999999999n),
    MIN_EMIN: new PyLong(-999999999999999999n),
    HAVE_THREADS: true,
    HAVE_CONTEXTVAR: true,
    DefaultContext: makeContext(Context, [], new Map()),
    BasicContext: makeContext(Context, [9, 'ROUND_HALF_UP'], new Map()),
    ExtendedContext: makeContext(Context, [9, 'ROUND_HALF_EVEN'], new Map()),
    getcontext: new PyNativeFunction('getcontext', () => current),
    setcontext: new PyNativeFunction('setcontext', ([ctx]) => {
      if (!(ctx instanceof PyInstance) || ctx.cls !== Context) throw pyError('TypeError', 'argument must be a context');
      current = ctx;
      return null;
    }),
    localcontext: new PyNativeFunction('localcontext', ([ctx], kwargs) => {
      const base = ctx instanceof PyInstance ? ctx : current;
      const copy = makeContext(Context, [], kwargs, base);
      const manager = new PyInstance(LocalContext);
      manager.native = { saved: null, ctx: copy };
      return manager;
    }),
  };
}

/** Decimal.as_tuple()'s result: DecimalTuple(sign=0, digits=(1, 1), exponent=-1). */
export function decimalTuple(interp: Interpreter): (values: PyValue[]) => PyInstance {
  return structSequenceClass(interp, 'decimal.DecimalTuple', ['sign', 'digits', 'exponent'], 'DecimalTuple');
}
