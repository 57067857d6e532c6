/**
 * MT19937, the Mersenne Twister CPython's random module draws from, with CPython's seeding
 * (init_by_array of the seed's 32-bit words) and its way of making floats and wide ints, so
 * a seeded program prints the same numbers as under CPython.
 */
const N = 624;
const M = 397;

export interface RandomSource {
  /** A float in [0, 1) with 53 random bits. */
  random(): number;
  /** A non-negative int of k random bits. */
  getrandbits(k: number): bigint;
}

export class MersenneTwister implements RandomSource {
  readonly mt = new Uint32Array(N);
  index = N + 1;

  private initGenrand(s: number) {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  /** Seeds from the seed's 32-bit words, least significant first. */
  seedWords(key: number[]) {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.index = N;
  }

  /** Seeds from a non-negative int, as random.seed(n) does with abs(n). */
  seedInt(n: bigint) {
    const words: number[] = [];
    for (let v = n; v > 0n; v >>= 32n) words.push(Number(v & 0xffffffffn));
    this.seedWords(words.length ? words : [0]);
  }

  private twist() {
    const mt = this.mt;
    for (let kk = 0; kk < N; kk++) {
      const y = (mt[kk]! & 0x80000000) | (mt[(kk + 1) % N]! & 0x7fffffff);
      mt[kk] = mt[(kk + M) % N]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.index = 0;
  }

  genrand(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  random(): number {
    const a = this.genrand() >>> 5;
    const b = this.genrand() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  getrandbits(k: number): bigint {
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.genrand() >>> (32 - k));
    let out = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32, shift += 32n) {
      let r = this.genrand();
      if (left < 32) r >>>= 32 - left;
      out |= BigInt(r) << shift;
    }
    return out;
  }

  /** The 624 words and the position, as getstate() gives them. */
  state(): number[] {
    return [...this.mt, this.index];
  }

  setState(words: number[]) {
    this.mt.set(words.slice(0, N));
    this.index = words[N]!;
  }
}
