import { pyError, type PyValue } from '../../python';
import { floatOf, type Rng } from './generator';

/** The real-valued distributions, with CPython's formulas so that seeded runs agree. */
const NV_MAGICCONST = (4 * Math.exp(-0.5)) / Math.sqrt(2.0);
const TWOPI = 2.0 * Math.PI;

function num(value: PyValue | undefined, fallback: number): number {
  return value === undefined ? fallback : floatOf(value);
}

export function uniform(rng: Rng, a: PyValue | undefined, b: PyValue | undefined): number {
  const lo = num(a, NaN);
  const hi = num(b, NaN);
  return lo + (hi - lo) * rng.random();
}

export function triangular(rng: Rng, low = 0.0, high = 1.0, mode: number | null = null): number {
  let u = rng.random();
  if (high === low) return low;
  let c = mode === null ? 0.5 : (mode - low) / (high - low);
  let [lo, hi] = [low, high];
  if (u > c) {
    u = 1.0 - u;
    c = 1.0 - c;
    [lo, hi] = [hi, lo];
  }
  return lo + (hi - lo) * Math.sqrt(u * c);
}

export function gauss(rng: Rng, mu: number, sigma: number): number {
  let z = rng.state.gaussNext;
  rng.state.gaussNext = null;
  if (z === null) {
    const x2pi = rng.random() * TWOPI;
    const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - rng.random()));
    z = Math.cos(x2pi) * g2rad;
    rng.state.gaussNext = Math.sin(x2pi) * g2rad;
  }
  return mu + z * sigma;
}

export function normalvariate(rng: Rng, mu: number, sigma: number): number {
  for (;;) {
    const u1 = rng.random();
    const u2 = 1.0 - rng.random();
    const z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
    if ((z * z) / 4.0 <= -Math.log(u2)) return mu + z * sigma;
  }
}

export function expovariate(rng: Rng, lambd: number): number {
  if (lambd === 0) throw pyError('ZeroDivisionError', 'float division by zero');
  return -Math.log(1.0 - rng.random()) / lambd;
}

export function paretovariate(rng: Rng, alpha: number): number {
  const u = 1.0 - rng.random();
  return u ** (-1.0 / alpha);
}

export function weibullvariate(rng: Rng, alpha: number, beta: number): number {
  const u = 1.0 - rng.random();
  return alpha * (-Math.log(u)) ** (1.0 / beta);
}

export { num };
