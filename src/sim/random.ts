/**
 * The simulator's one source of randomness: mulberry32, a small seeded u32 generator. The same
 * seed always gives the same sequence, so a run (balance-rr with packets_per_slave 0, a traffic
 * scenario) replays exactly. It stands in for the kernel's get_random_u32().
 */

/** A generator of u32 values from `seed`. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** A generator of numbers in [0, 1) from `seed`. */
export function createRandomFraction(seed: number): () => number {
  const next = createRandom(seed);
  return () => next() / 4294967296;
}
