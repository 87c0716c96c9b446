import { describe, expect, it } from 'vitest';
import { parallelismExperiment } from '../../../../shared/experiments.js';
import { layoutParallelismStage, layoutProblems, NARROW_STAGE, WIDE_STAGE } from './layout.js';

describe('layoutParallelismStage', () => {
  const { maxWorkers } = parallelismExperiment.params;

  for (const width of [WIDE_STAGE, NARROW_STAGE]) {
    it(`fits every configuration of every allowed run without overlaps (${width} wide)`, () => {
      for (let max = maxWorkers.min; max <= maxWorkers.max; max += 1) {
        expect(layoutProblems(layoutParallelismStage(max, width), max), `max ${max}`).toEqual([]);
      }
    });
  }

  it('has one timeline row per configuration: the baseline, then threads and processes for each N', () => {
    expect(layoutParallelismStage(4).rowCount).toBe(9);
  });

  it('keeps the default run short enough for a 720p projector', () => {
    expect(layoutParallelismStage(maxWorkers.default).height).toBeLessThan(640);
  });
});
