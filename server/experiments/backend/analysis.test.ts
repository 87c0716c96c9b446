import { describe, expect, it } from 'vitest';
import { faultBins, faultSide, measuredSide, summaryOf } from './analysis.js';
import type { Outcome } from './messages.js';

const ms = 1e6;
const ok = (startMs: number, endMs: number, servedBy: string): Outcome => ({ startT: startMs * ms, endT: endMs * ms, ok: true, servedBy });
const failed = (startMs: number, endMs: number, error = 'ECONNRESET'): Outcome => ({ startT: startMs * ms, endT: endMs * ms, ok: false, error });

describe('backend analysis', () => {
  it('summarizes latency and throughput of a measured batch, and who served what', () => {
    const outcomes = [ok(0, 2, 'a'), ok(0, 4, 'b'), ok(1, 7, 'a'), failed(2, 3)];
    const side = measuredSide(outcomes, 500, [
      { actor: 'a', pid: 10, tid: 11 },
      { actor: 'b', pid: 10, tid: 12 },
    ]);
    expect(side).toMatchObject({ requests: 4, ok: 3, failed: 1, throughputPerSec: 6 });
    expect(side.latencyMs).toMatchObject({ count: 3, min: 2, median: 4, max: 6 });
    expect(side.workers.map((worker) => worker.served)).toEqual([2, 1]);
  });

  it('reports an empty distribution as zeros with count 0, never NaN', () => {
    expect(summaryOf([])).toEqual({ count: 0, min: 0, median: 0, p99: 0, max: 0 });
  });

  it('splits failures into in flight at the death and after it, and times the recovery', () => {
    const outcomes = [ok(0, 5, 'old'), failed(90, 100), failed(95, 100), failed(120, 121, 'ECONNREFUSED'), ok(130, 140, 'survivor'), ok(150, 400, 'new'), ok(300, 350, 'new')];
    const side = faultSide(outcomes, {
      victim: 'old',
      deadProcess: { actor: 'p', pid: 5, code: null, signal: 'SIGSEGV' },
      diedAtT: 100 * ms,
      isReplacement: (actor) => actor === 'new',
      replacement: { actor: 'new', pid: 6 },
    });
    expect(side).toMatchObject({ total: 7, ok: 4, failed: 3, failedInFlight: 2, failedAfter: 1, okWhileRecovering: 1, diedAtMs: 100 });
    // The first answer from the replacement ended at 350 ms: 250 ms after the death.
    expect(side.recoveryMs).toBe(250);
  });

  it('has no recovery time when nothing came back', () => {
    const side = faultSide([failed(0, 10)], {
      victim: 'v',
      deadProcess: { actor: 'p', pid: 5, code: null, signal: 'SIGSEGV' },
      diedAtT: 5 * ms,
      isReplacement: () => false,
      replacement: null,
    });
    expect(side.recoveryMs).toBeNull();
  });

  it('bins outcomes by when the client learned them, from the first request of either side', () => {
    const bins = faultBins([ok(0, 10, 'a'), failed(60, 60)], [ok(20, 120, 'b')], 50);
    expect(bins).toEqual([
      { fromMs: 0, poolOk: 1, poolFailed: 0, clusterOk: 0, clusterFailed: 0 },
      { fromMs: 50, poolOk: 0, poolFailed: 1, clusterOk: 0, clusterFailed: 0 },
      { fromMs: 100, poolOk: 0, poolFailed: 0, clusterOk: 1, clusterFailed: 0 },
    ]);
  });
});
