/**
 * How long each queued run will wait, estimated by playing the queue forward:
 * the runs in flight end after their lesson's typical length (less what they
 * already ran), then each queued run starts, in order, as soon as enough cores
 * are free. An estimate, and said as one: real runs end when they end.
 */
export type RunningForEstimate = { cores: number; remainingMs: number };
export type QueuedForEstimate = { need: number; expectedMs: number };

export function estimateWaits(running: readonly RunningForEstimate[], queued: readonly QueuedForEstimate[], machineCores: number): number[] {
  // When each core is next free.
  const freeAt: number[] = Array.from({ length: machineCores }, () => 0);
  let nextCore = 0;
  for (const run of running) {
    for (let index = 0; index < run.cores && nextCore < machineCores; index += 1) {
      freeAt[nextCore] = Math.max(0, run.remainingMs);
      nextCore += 1;
    }
  }
  const waits: number[] = [];
  let previousStart = 0;
  for (const run of queued) {
    const need = Math.max(1, Math.min(run.need, machineCores));
    const order = freeAt.map((time, core) => ({ time, core })).sort((a, b) => a.time - b.time);
    const chosen = order.slice(0, need);
    // Strict order: never before the run ahead of it.
    const start = Math.max(previousStart, (chosen.at(-1) as { time: number }).time);
    for (const { core } of chosen) freeAt[core] = start + Math.max(0, run.expectedMs);
    waits.push(Math.round(start));
    previousStart = start;
  }
  return waits;
}

/** A lesson's typical run length, learned from its recent runs (exponential average). */
export function createRunLengths(initialMs: number) {
  const lengths = new Map<string, number>();
  return {
    expectedMs: (experiment: string): number => lengths.get(experiment) ?? initialMs,
    observe(experiment: string, ms: number): void {
      if (!Number.isFinite(ms) || ms < 0) return;
      const previous = lengths.get(experiment);
      lengths.set(experiment, previous === undefined ? ms : 0.7 * previous + 0.3 * ms);
    },
  };
}
