/**
 * The small CPU job every request of the backend lesson does: count the
 * primes below a bound by trial division. Real work on the serving thread or
 * process (about a millisecond), so a request costs CPU, not just a hop.
 */

/** The bound every request uses; small enough that hundreds of requests take well under a second per core. */
export const JOB_PRIMES_BELOW = 20_000;

export function countPrimesBelow(limit: number): number {
  let count = 0;
  for (let candidate = 2; candidate < limit; candidate += 1) {
    let prime = true;
    for (let divisor = 2; divisor * divisor <= candidate; divisor += 1) {
      if (candidate % divisor === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count += 1;
  }
  return count;
}
