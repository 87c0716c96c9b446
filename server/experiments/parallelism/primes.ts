/**
 * The fixed CPU-bound job: count the primes below a bound by trial division.
 *
 * Split across `units`, the range is cut into about 64 blocks per unit, dealt
 * out like cards in a snake order (0,1,…,u-1, then u-1,…,1,0, …). Every unit
 * then gets the same mix of cheap small numbers and dear large ones, so the
 * shares cost about the same, and together they are exactly the whole job.
 * (Dealing single numbers round-robin would not do: with 3 units, unit 0
 * would get every multiple of 3, which trial division rejects at once.)
 */

/** Blocks per unit: enough that one block more or less is a small part of a share. */
const BLOCKS_PER_UNIT = 64;

/** The [from, to) ranges that unit `unit` of `units` takes of [0, limit). */
export function blocksOfShare(limit: number, units: number, unit: number): [number, number][] {
  const blockSize = Math.max(16, Math.ceil(limit / (units * BLOCKS_PER_UNIT)));
  const blocks: [number, number][] = [];
  for (let index = 0, from = 0; from < limit; index += 1, from += blockSize) {
    const round = Math.floor(index / units);
    const seat = index % units;
    const owner = round % 2 === 0 ? seat : units - 1 - seat;
    if (owner === unit) blocks.push([from, Math.min(from + blockSize, limit)]);
  }
  return blocks;
}

/** How many primes are in [from, to), by trial division with odd divisors. */
export function countPrimesIn(from: number, to: number): number {
  let count = from <= 2 && to > 2 ? 1 : 0; // 2, the only even prime
  for (let candidate = Math.max(3, from | 1); candidate < to; candidate += 2) {
    let prime = true;
    for (let divisor = 3; divisor * divisor <= candidate; divisor += 2) {
      if (candidate % divisor === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count += 1;
  }
  return count;
}

/**
 * The primes below `limit` in unit `unit`'s share of a job split over `units`.
 * `afterBlock` runs between blocks: a lab actor says there where its clock is
 * (runtime.mark), since a long loop keeps its event loop from turning.
 */
export function countPrimesShare(limit: number, units: number, unit: number, afterBlock?: () => void): number {
  let count = 0;
  for (const [from, to] of blocksOfShare(limit, units, unit)) {
    count += countPrimesIn(from, to);
    afterBlock?.();
  }
  return count;
}
