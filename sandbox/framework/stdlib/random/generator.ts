import { PyFloat, PyInstance, pyError, typeName, type Interpreter, type PyValue } from '../../python';
import { PyLong, isIntegral, normInt, toBig } from '../../python/big-int';
import type { MersenneTwister, RandomSource } from './mersenne';

/** What a Random instance keeps: its source of bits and gauss()'s spare value. */
export interface RandomState {
  source: RandomSource;
  /** The twister, for seed/getstate/setstate; null for SystemRandom. */
  mt: MersenneTwister | null;
  gaussNext: number | null;
}

/**
 * The Random instance a method runs on. A Python subclass may override random() or
 * getrandbits(); the methods built on them then call the override, as CPython's do.
 */
export class Rng {
  constructor(
    readonly interp: Interpreter,
    readonly self: PyInstance,
    readonly state: RandomState,
    private readonly builtinRandom: PyValue | undefined,
    private readonly builtinGetrandbits: PyValue | undefined,
    private readonly builtinRandbelow: PyValue | undefined,
  ) {}

  random(): number {
    const method = this.self.cls.lookup('random');
    if (method === this.builtinRandom || method === undefined) return this.state.source.random();
    return floatOf(this.interp.call(method, [this.self]));
  }

  getrandbits(k: number): bigint {
    const method = this.self.cls.lookup('getrandbits');
    if (method === this.builtinGetrandbits || method === undefined) return this.state.source.getrandbits(k);
    return bigOf(this.interp.call(method, [this.self, k]));
  }

  /**
   * An int in [0, n) for n > 0. Like CPython's Random.__init_subclass__, the class nearest in
   * the MRO that defines _randbelow, getrandbits or random decides how: a subclass that only
   * overrides random() gets its draws from random().
   */
  randbelow(n: bigint): bigint {
    for (const cls of this.self.cls.mro) {
      const own = cls.dict.get('_randbelow');
      if (own !== undefined && own !== this.builtinRandbelow) return bigOf(this.interp.call(own, [this.self, intResult(n)]));
      if (own !== undefined || cls.dict.has('getrandbits')) break;
      if (cls.dict.has('random')) return this.randbelowFromRandom(n);
    }
    const k = n.toString(2).length;
    for (;;) {
      const r = this.getrandbits(k);
      if (r < n) return r;
    }
  }

  private randbelowFromRandom(n: bigint): bigint {
    const maxsize = 2 ** 53;
    if (n >= BigInt(maxsize)) return BigInt(Math.floor(this.random() * Number(n)));
    const size = Number(n);
    const limit = (maxsize - (maxsize % size)) / maxsize;
    let r = this.random();
    while (r >= limit) r = this.random();
    return BigInt(Math.floor(r * maxsize) % size);
  }

  randbelowNumber(n: number): number {
    return Number(this.randbelow(BigInt(n)));
  }
}

export function floatOf(value: PyValue | undefined): number {
  if (value instanceof PyFloat) return value.value;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return Number(value);
  if (value instanceof PyLong) return Number(value.value);
  throw pyError('TypeError', `must be real number, not ${typeName(value ?? null)}`);
}

/** operator.index(value): randrange and friends take ints only. */
export function bigOf(value: PyValue | undefined): bigint {
  if (value !== undefined && isIntegral(value)) return toBig(value);
  throw pyError('TypeError', `'${typeName(value ?? null)}' object cannot be interpreted as an integer`);
}

export function intResult(n: bigint): PyValue {
  return normInt(n);
}

export function float(x: number): PyFloat {
  return new PyFloat(x);
}
