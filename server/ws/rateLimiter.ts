/**
 * A token bucket: allows `ratePerSecond` messages on average with bursts up
 * to `burst`. One per connection; the clock is injectable for tests.
 */
export type RateLimiter = { allow(): boolean };

export function createRateLimiter(ratePerSecond: number, burst: number, now: () => number = Date.now): RateLimiter {
  let tokens = burst;
  let last = now();
  return {
    allow() {
      const current = now();
      tokens = Math.min(burst, tokens + ((current - last) / 1000) * ratePerSecond);
      last = current;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
