import { describe, expect, it } from 'vitest';
import { mayStartRound, shareOf } from './timeBudget.js';

describe('race time budget', () => {
  it('always lets the first repeat start, even past the share', () => {
    expect(mayStartRound({ repeat: 1, spentMs: 99_999, longestRoundMs: 99_999, shareMs: 10 })).toBe(true);
  });

  it('starts a later repeat only if, at the longest round so far, it ends within the share', () => {
    expect(mayStartRound({ repeat: 2, spentMs: 3_000, longestRoundMs: 2_000, shareMs: 5_000 })).toBe(true);
    expect(mayStartRound({ repeat: 3, spentMs: 4_000, longestRoundMs: 2_000, shareMs: 5_000 })).toBe(false);
  });

  it('splits what is left of the budget evenly between the variants still to run', () => {
    expect(shareOf(3, 0, 15_000)).toBe(5_000);
    // The first variant needed only 1 s of its 5: the other two share the 14 s left.
    expect(shareOf(2, 1_000, 15_000)).toBe(7_000);
    expect(shareOf(1, 20_000, 15_000)).toBe(0);
    expect(shareOf(0, 0, 15_000)).toBe(15_000);
  });
});
