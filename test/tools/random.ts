/** A deterministic random generator (an LCG): property tests draw from a fixed seed, so a
 *  failure names a case that fails again. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
