/**
 * The fixed CPU-bound job: count the primes below a bound by trial division.
 * Split across `units`, unit u takes every units-th odd candidate, so each
 * share has about the same mix of small and large numbers (equal work), and
 * the shares add up to exactly the whole job.
 */
export function countPrimesShare(limit: number, units: number, unit: number): number {
  let count = unit === 0 && limit > 2 ? 1 : 0; // 2, the only even prime
  for (let candidate = 3 + 2 * unit; candidate < limit; candidate += 2 * units) {
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
