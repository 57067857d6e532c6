/**
 * The four ordering comparisons, as a class written in TypeScript defines them from one
 * three-way comparison: the method, its operator (for "'<' not supported between ..."),
 * and what a negative, zero or positive result means for it.
 */
export const ORDERINGS = [
  ['__lt__', '<', (c: number) => c < 0],
  ['__le__', '<=', (c: number) => c <= 0],
  ['__gt__', '>', (c: number) => c > 0],
  ['__ge__', '>=', (c: number) => c >= 0],
] as const;
