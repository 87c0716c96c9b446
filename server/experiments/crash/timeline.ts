/**
 * When things happen in a crash run, on the run's clock. Both sides share it
 * so their screens line up: heartbeats from the start, the fault at the same
 * moment on both sides, then enough time to see who keeps beating.
 */
export const CRASH_TIMELINE = {
  /** Between two heartbeats of one actor. */
  beatMs: 100,
  /** Beating time everyone gets, once all have started, before the fault. */
  beforeFaultMs: 800,
  /** Beating time after the fault, to see who goes on. */
  afterFaultMs: 1500,
  /** Records in the block each actor checksums on every beat. */
  records: 16,
} as const;

/**
 * Sent by the host once every actor has started, so the fault hits both sides
 * at the same run time however long the processes took to boot.
 */
export type CrashSchedule = { type: 'schedule'; faultAtMs: number; endAtMs: number };

export function isSchedule(message: unknown): message is CrashSchedule {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'schedule';
}

/** Milliseconds until a run time, from now, on the run's clock. */
export function msUntil(runTimeMs: number, nowNs: number): number {
  return Math.max(0, runTimeMs - nowNs / 1e6);
}
