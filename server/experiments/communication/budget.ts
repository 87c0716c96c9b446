/**
 * How much work each channel gets, so a run stays well inside the lab's 30 s
 * limit whatever the params: a burst size for throughput, and a time cap for
 * each measuring loop that shrinks when more channels share the run.
 */

/** Time all measuring loops of a run may take together, ms (peers' start and stories come on top). */
export const MEASURE_BUDGET_MS = 16_000;
/** No single loop runs longer than this, even with one channel: enough samples, quick feedback. */
export const LOOP_CAP_MAX_MS = 1500;
/** The bytes one throughput burst aims to move: at least this... */
export const BURST_MIN_BYTES = 2 * 2 ** 20;
/** ...and at most this (bounded time, and memory queued in a channel). */
export const BURST_MAX_BYTES = 32 * 2 ** 20;

/** Messages in one one-way throughput burst: about 2,000 messages, within the byte bounds, never fewer than 16. */
export function burstMessages(messageBytes: number): number {
  const target = Math.min(BURST_MAX_BYTES, Math.max(BURST_MIN_BYTES, messageBytes * 2000));
  return Math.max(16, Math.ceil(target / messageBytes));
}

/** The time cap of each loop (one latency, one throughput per channel), ms. */
export function loopCapMs(channelCount: number): number {
  return Math.min(LOOP_CAP_MAX_MS, MEASURE_BUDGET_MS / (2 * Math.max(1, channelCount)));
}
