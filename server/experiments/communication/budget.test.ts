import { describe, expect, it } from 'vitest';
import { BURST_MAX_BYTES, BURST_MIN_BYTES, burstMessages, LOOP_CAP_MAX_MS, loopCapMs, MEASURE_BUDGET_MS } from './budget.js';

describe('burstMessages', () => {
  it('sends about 2,000 messages when that moves a sensible amount of bytes', () => {
    expect(burstMessages(4096)).toBe(2000);
  });
  it('moves at least the minimum bytes with small messages', () => {
    expect(burstMessages(64) * 64).toBeGreaterThanOrEqual(BURST_MIN_BYTES);
  });
  it('never queues more than the maximum bytes, nor fewer than 16 messages', () => {
    const big = 1_048_576;
    expect(burstMessages(big) * big).toBeLessThanOrEqual(BURST_MAX_BYTES);
    expect(burstMessages(big)).toBeGreaterThanOrEqual(16);
  });
});

describe('loopCapMs', () => {
  it('keeps all loops of a run within the measuring budget', () => {
    for (let channels = 1; channels <= 8; channels += 1) {
      expect(loopCapMs(channels) * 2 * channels).toBeLessThanOrEqual(MEASURE_BUDGET_MS);
      expect(loopCapMs(channels)).toBeLessThanOrEqual(LOOP_CAP_MAX_MS);
      expect(loopCapMs(channels)).toBeGreaterThan(0);
    }
  });
});
