import { describe, expect, it } from 'vitest';
import type { RaceMeasureResult } from '../../../../shared/results/race.js';
import { anyCutForTime, lostRows, timeRows } from './chartData.js';
import { measureRun } from './fixtures.js';
import { parseRaceResult } from './verdict.js';

const last = measureRun.at(-1);
const parsed = parseRaceResult(last?.kind === 'run.finished' ? last.result : undefined);
if (parsed?.mode !== 'measure') throw new Error('fixture has no measure result');
const result: RaceMeasureResult = parsed;

describe('race chart data', () => {
  it('has one row per repeat with every variant, zeros kept as zeros', () => {
    const rows = lostRows(result);
    expect(rows).toEqual([
      { repeat: 1, plain: 1_417_500, atomic: 0, lock: 0 },
      { repeat: 2, plain: 0, atomic: 0, lock: 0 },
      { repeat: 3, plain: 0, atomic: 0, lock: 0 },
    ]);
  });

  it('gives nanoseconds per increment really done', () => {
    const [first] = timeRows(result);
    expect(first?.plain).toBeCloseTo((217.783538 * 1e6) / 4_000_000, 3);
    expect(anyCutForTime(result)).toBe(false);
  });

  it('leaves out the repeats a variant did not get to', () => {
    const shorter: RaceMeasureResult = {
      ...result,
      variants: result.variants.map((entry) => (entry.variant === 'lock' ? { ...entry, rounds: entry.rounds.slice(0, 1).map((round) => ({ ...round, cutForTime: true })) } : entry)),
    };
    expect(lostRows(shorter)[2]).toEqual({ repeat: 3, plain: 0, atomic: 0 });
    expect(anyCutForTime(shorter)).toBe(true);
  });

  it('says the run was shortened when a variant skipped repeats, even if no round was cut', () => {
    const skipped: RaceMeasureResult = {
      ...result,
      variants: result.variants.map((entry) => (entry.variant === 'lock' ? { ...entry, skippedForTime: 2 } : entry)),
    };
    expect(anyCutForTime(skipped)).toBe(true);
    expect(anyCutForTime({ ...result, cutForTime: true })).toBe(true);
  });
});
