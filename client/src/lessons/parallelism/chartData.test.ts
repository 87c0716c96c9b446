import { describe, expect, it } from 'vitest';
import { cpuBars, maxUnits, speedupAxisMax, speedupPoints } from './chartData.js';
import { recordedParallelismRun } from './fixtures.js';
import { parseParallelismResult } from './verdict.js';

const last = recordedParallelismRun.at(-1);
const result = parseParallelismResult(last?.kind === 'run.finished' ? last.result : undefined);
if (!result) throw new Error('the recorded run must parse');

describe('parallelism chart data', () => {
  it('has a speedup point per N for both sides, with the ideal N', () => {
    const points = speedupPoints(result);
    expect(points.map((point) => point.n)).toEqual([1, 2, 3]);
    expect(points.map((point) => point.ideal)).toEqual([1, 2, 3]);
    expect(points[1]?.threads).toBeCloseTo(result.verdict.bestThreadSpeedup);
    expect(speedupAxisMax(points, result.cores)).toBe(4);
  });

  it('puts the baseline first, then each configuration with every unit’s CPU time', () => {
    const bars = cpuBars(result);
    expect(bars.map((bar) => bar.key)).toEqual(['baseline', 'threads-1', 'processes-1', 'threads-2', 'processes-2', 'threads-3', 'processes-3']);
    expect(bars.find((bar) => bar.key === 'threads-3')?.units).toEqual(result.threads[2]?.cpuMsPerUnit);
    expect(bars.find((bar) => bar.key === 'threads-2')?.totalCpuMs).toBe(550);
    expect(maxUnits(bars)).toBe(3);
  });

  it('draws the baseline’s CPU time as its block when the run measured it, and no block (only its clock time) when it did not', () => {
    expect(cpuBars({ ...result, baselineCpuMs: 400 })[0]).toMatchObject({ key: 'baseline', units: [400], totalCpuMs: 400, wallMs: result.baselineMs });
    expect(cpuBars(result)[0]?.units).toEqual([]);
  });

  it('keeps a missing side as a gap, not a zero', () => {
    const cut = { ...result, processes: result.processes.slice(0, 1) };
    expect(speedupPoints(cut)[2]?.processes).toBeNull();
  });
});
