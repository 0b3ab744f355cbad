// A seeded pseudo-random source for the benchmark: the same seed gives the same sequence on every machine,
// so generated corpora and drawn queries are reproducible (Math.random is never used here).

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number from `min` to `max`, both included. */
  intBetween(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(choices: readonly T[]): T;
  /** True with probability `probability`. */
  chance(probability: number): boolean;
}

/** mulberry32: 32 bits of state, passes the usual statistical batteries well enough for test data, and is tiny. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    intBetween: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick<T>(choices: readonly T[]): T {
      if (choices.length === 0) throw new Error('createRandom: pick needs at least one choice');
      return choices[Math.floor(next() * choices.length)] as T;
    },
    chance: (probability) => next() < probability,
  };
}
