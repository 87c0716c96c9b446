import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rateLimiter.js';

describe('rate limiter', () => {
  it('allows a burst, refuses past it, and refills with time', () => {
    let now = 0;
    const limiter = createRateLimiter(10, 3, () => now);
    expect([limiter.allow(), limiter.allow(), limiter.allow(), limiter.allow()]).toEqual([true, true, true, false]);
    now += 100; // one token back at 10 a second
    expect([limiter.allow(), limiter.allow()]).toEqual([true, false]);
  });
});
