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

const LOG4 = Math.log(4.0);
const SG_MAGICCONST = 1.0 + Math.log(4.5);

export function gammavariate(rng: Rng, alpha: number, beta: number): number {
  if (alpha <= 0.0 || beta <= 0.0) throw pyError('ValueError', 'gammavariate: alpha and beta must be > 0.0');
  if (alpha > 1.0) {
    // Cheng's rejection algorithm GB.
    const ainv = Math.sqrt(2.0 * alpha - 1.0);
    const bbb = alpha - LOG4;
    const ccc = alpha + ainv;
    for (;;) {
      const u1 = rng.random();
      if (!(u1 > 1e-7 && u1 < 0.9999999)) continue;
      const u2 = 1.0 - rng.random();
      const v = Math.log(u1 / (1.0 - u1)) / ainv;
      const x = alpha * Math.exp(v);
      const z = u1 * u1 * u2;
      const r = bbb + ccc * v - x;
      if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= Math.log(z)) return x * beta;
    }
  }
  if (alpha === 1.0) return -Math.log(1.0 - rng.random()) * beta;
  // alpha < 1: Ahrens and Dieter's algorithm GS.
  let x: number;
  for (;;) {
    const u = rng.random();
    const b = (Math.E + alpha) / Math.E;
    const p = b * u;
    x = p <= 1.0 ? p ** (1.0 / alpha) : -Math.log((b - p) / alpha);
    const u1 = rng.random();
    if (p > 1.0 ? u1 <= x ** (alpha - 1.0) : u1 <= Math.exp(-x)) break;
  }
  return x * beta;
}

export function betavariate(rng: Rng, alpha: number, beta: number): number {
  const y = gammavariate(rng, alpha, 1.0);
  return y ? y / (y + gammavariate(rng, beta, 1.0)) : 0.0;
}

function floatMod(a: number, b: number): number {
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

export function vonmisesvariate(rng: Rng, mu: number, kappa: number): number {
  if (kappa <= 1e-6) return TWOPI * rng.random();
  const s = 0.5 / kappa;
  const r = s + Math.sqrt(1.0 + s * s);
  let z: number;
  for (;;) {
    const u1 = rng.random();
    z = Math.cos(Math.PI * u1);
    const d = z / (r + z);
    const u2 = rng.random();
    if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.exp(d)) break;
  }
  const q = 1.0 / r;
  const f = (q + z) / (1.0 + q * z);
  return rng.random() > 0.5 ? floatMod(mu + Math.acos(f), TWOPI) : floatMod(mu - Math.acos(f), TWOPI);
}

export { num };
