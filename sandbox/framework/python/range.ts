import { pyError } from './exceptions';
import { PySlice, type PyValue } from './objects';
import { isInt, PyOtherType, typeName } from './values';

/** range: a lazy arithmetic sequence, never a list of its items. */
export class PyRange extends PyOtherType {
  readonly pyTypeName = 'range';
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super();
  }

  len(): number {
    const n = this.step > 0 ? Math.ceil((this.stop - this.start) / this.step) : Math.ceil((this.start - this.stop) / -this.step);
    return Math.max(0, n);
  }

  at(i: number): number {
    return this.start + i * this.step;
  }

  iterItems(): PyValue[] {
    const n = this.len();
    if (n > 10_000_000) throw pyError('MemoryError', 'range too large for the sandbox');
    return Array.from({ length: n }, (_, i) => this.at(i));
  }

  repr(): string {
    return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
  }

  getItem(key: PyValue): PyValue {
    const n = this.len();
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, n);
      return new PyRange(this.at(start), this.at(stop), this.step * step);
    }
    if (!isInt(key)) throw pyError('TypeError', `range indices must be integers or slices, not ${typeName(key)}`);
    let i = Number(key);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw pyError('IndexError', 'range object index out of range');
    return this.at(i);
  }

  contains(v: PyValue): boolean {
    const x = typeof v === 'boolean' ? Number(v) : v;
    if (typeof x !== 'number' || !Number.isInteger(x)) return false;
    const off = x - this.start;
    if (off % this.step !== 0) return false;
    const i = off / this.step;
    return i >= 0 && i < this.len();
  }

  indexOf(v: PyValue): number {
    if (!this.contains(v)) throw pyError('ValueError', `${String(v)} is not in range`);
    return (Number(v) - this.start) / this.step;
  }

  equals(other: PyValue): boolean {
    if (!(other instanceof PyRange)) return false;
    const n = this.len();
    if (n !== other.len()) return false;
    if (n === 0) return true;
    if (this.start !== other.start) return false;
    return n === 1 || this.step === other.step;
  }
}

/** slice.indices(n): the start, stop and step a slice means on a sequence of length n. */
export function sliceIndices(slice: PySlice, n: number): [number, number, number] {
  const step = slice.step === null ? 1 : Number(slice.step);
  if (step === 0) throw pyError('ValueError', 'slice step cannot be zero');
  const clamp = (v: PyValue, dflt: number) => {
    if (v === null) return dflt;
    let i = Number(v);
    if (i < 0) i += n;
    return step > 0 ? Math.min(Math.max(i, 0), n) : Math.min(Math.max(i, -1), n - 1);
  };
  return [clamp(slice.lower, step > 0 ? 0 : n - 1), clamp(slice.upper, step > 0 ? n : -1), step];
}

export function makeRange(args: PyValue[]): PyRange {
  if (args.length < 1) throw pyError('TypeError', 'range expected at least 1 argument, got 0');
  if (args.length > 3) throw pyError('TypeError', `range expected at most 3 arguments, got ${args.length}`);
  for (const a of args) if (!isInt(a)) throw pyError('TypeError', `'${typeName(a)}' object cannot be interpreted as an integer`);
  const [start, stop, step = 1] = args.length === 1 ? [0, Number(args[0])] : args.map(Number);
  if (step === 0) throw pyError('ValueError', 'range() arg 3 must not be zero');
  return new PyRange(start!, stop!, step);
}
