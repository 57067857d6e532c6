import { PyDict, PyList, PySet, PyTuple, pyError, type Kwargs, type PyValue } from '../../python';
import { PyBytes } from '../../python/bytes';
import { bigOf, floatOf, intResult, type Rng } from './generator';

/** randrange, choice, shuffle, sample and choices: CPython's algorithms, draw for draw. */
export function randrange(rng: Rng, start: PyValue, stop: PyValue | undefined, step: PyValue | undefined): PyValue {
  const str = (v: PyValue) => rng.interp.str(v);
  const istart = bigOf(start);
  if (stop === undefined || stop === null) {
    if (step !== undefined && step !== 1) throw pyError('TypeError', 'Missing a non-None stop argument');
    if (istart > 0n) return intResult(rng.randbelow(istart));
    throw pyError('ValueError', 'empty range for randrange()');
  }
  const istop = bigOf(stop);
  const width = istop - istart;
  const istep = step === undefined ? 1n : bigOf(step);
  if (istep === 1n) {
    if (width > 0n) return intResult(istart + rng.randbelow(width));
    throw pyError('ValueError', `empty range in randrange(${str(start)}, ${str(stop)})`);
  }
  let n: bigint;
  if (istep > 0n) n = floorDiv(width + istep - 1n, istep);
  else if (istep < 0n) n = floorDiv(width + istep + 1n, istep);
  else throw pyError('ValueError', 'zero step for randrange()');
  if (n <= 0n) throw pyError('ValueError', `empty range in randrange(${str(start)}, ${str(stop)}, ${str(step!)})`);
  return intResult(istart + istep * rng.randbelow(n));
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function lenOf(rng: Rng, seq: PyValue): number {
  return Number(rng.interp.call(rng.interp.builtins.get('len')!, [seq]));
}

function itemOf(rng: Rng, seq: PyValue, i: number): PyValue {
  if ((seq instanceof PyList || seq instanceof PyTuple) && i < seq.items.length) return seq.items[i]!;
  if (typeof seq === 'string') return [...seq][i]!;
  return rng.interp.getItem(seq, i);
}

export function choice(rng: Rng, seq: PyValue): PyValue {
  const n = lenOf(rng, seq);
  if (!n) throw pyError('IndexError', 'Cannot choose from an empty sequence');
  return itemOf(rng, seq, rng.randbelowNumber(n));
}

export function shuffle(rng: Rng, x: PyValue): null {
  const n = lenOf(rng, x);
  for (let i = n - 1; i > 0; i--) {
    const j = rng.randbelowNumber(i + 1);
    if (x instanceof PyList) {
      const t = x.items[i]!;
      x.items[i] = x.items[j]!;
      x.items[j] = t;
    } else {
      const a = rng.interp.getItem(x, i);
      const b = rng.interp.getItem(x, j);
      rng.interp.setItem(x, i, b);
      rng.interp.setItem(x, j, a);
    }
  }
  return null;
}

function isSequence(value: PyValue): boolean {
  if (value instanceof PyDict || value instanceof PySet) return false;
  if (value instanceof PyList || value instanceof PyTuple || value instanceof PyBytes || typeof value === 'string') return true;
  return value !== null && typeof value === 'object';
}

/** Python's bisect_right on a list of numbers. */
function bisectRight(list: number[], x: number, hi = list.length): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < list[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function sample(rng: Rng, population: PyValue, kArg: PyValue | undefined, counts: PyValue | undefined): PyList {
  if (!isSequence(population)) throw pyError('TypeError', 'Population must be a sequence.  For dicts or sets, use sorted(d).');
  if (kArg === undefined) throw pyError('TypeError', "Random.sample() missing 1 required positional argument: 'k'");
  const n = lenOf(rng, population);
  if (counts !== undefined && counts !== null) {
    const cum: bigint[] = [];
    let total = 0n;
    for (const c of rng.interp.iterate(counts)) {
      total += bigOf(c);
      cum.push(total);
    }
    if (cum.length !== n) throw pyError('ValueError', 'The number of counts does not match the population');
    cum.pop();
    if (total <= 0n) throw pyError('ValueError', 'Total of counts must be greater than zero');
    const picks = sample(rng, rng.interp.call(rng.interp.builtins.get('range')!, [intResult(total)]), kArg, undefined);
    const cumNumbers = cum.map(Number);
    return new PyList(picks.items.map((s) => itemOf(rng, population, bisectRight(cumNumbers, Number(s)))));
  }
  const k = Number(bigOf(kArg));
  if (k < 0 || k > n) throw pyError('ValueError', 'Sample larger than population or is negative');
  const result: PyValue[] = new Array<PyValue>(k);
  let setsize = 21;
  if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
  if (n <= setsize) {
    const pool = rng.interp.iterate(population);
    for (let i = 0; i < k; i++) {
      const j = rng.randbelowNumber(n - i);
      result[i] = pool[j]!;
      pool[j] = pool[n - i - 1]!;
    }
  } else {
    const selected = new Set<number>();
    for (let i = 0; i < k; i++) {
      let j = rng.randbelowNumber(n);
      while (selected.has(j)) j = rng.randbelowNumber(n);
      selected.add(j);
      result[i] = itemOf(rng, population, j);
    }
  }
  return new PyList(result);
}

export function choices(rng: Rng, population: PyValue, args: PyValue[], kwargs: Kwargs): PyList {
  const weights = args[0] ?? kwargs.get('weights') ?? null;
  const cumWeights = kwargs.get('cum_weights') ?? null;
  const k = Number(bigOf(kwargs.get('k') ?? 1));
  const n = lenOf(rng, population);
  const out: PyValue[] = [];
  if (cumWeights === null) {
    if (weights === null) {
      for (let i = 0; i < k; i++) out.push(itemOf(rng, population, Math.floor(rng.random() * n)));
      return new PyList(out);
    }
  } else if (weights !== null) throw pyError('TypeError', 'Cannot specify both weights and cumulative weights');
  let cum: number[];
  if (cumWeights === null) {
    let acc = 0;
    cum = rng.interp.iterate(weights).map((w) => (acc += floatOf(w)));
  } else cum = rng.interp.iterate(cumWeights).map(floatOf);
  if (cum.length !== n) throw pyError('ValueError', 'The number of weights does not match the population');
  const total = cum[n - 1] ?? 0;
  if (!(total > 0)) throw pyError('ValueError', 'Total of weights must be greater than zero');
  if (!Number.isFinite(total)) throw pyError('ValueError', 'Total of weights must be finite');
  for (let i = 0; i < k; i++) out.push(itemOf(rng, population, bisectRight(cum, rng.random() * total, n - 1)));
  return new PyList(out);
}
