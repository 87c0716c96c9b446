/**
 * The one clock every actor of a run uses.
 *
 * process.hrtime.bigint() reads CLOCK_MONOTONIC, which on Linux is the same
 * clock in every process and thread of the machine. So a child or a worker
 * that is told the run's start reading can time its own events, and those
 * times line up with the host's without any alignment handshake.
 */
export function monotonicNs(): bigint {
  return process.hrtime.bigint();
}

/** Nanoseconds since the run started, as a plain number (safe for 104 days). */
export function sinceStart(startNs: bigint): number {
  const elapsed = monotonicNs() - startNs;
  return elapsed > 0n ? Number(elapsed) : 0;
}
