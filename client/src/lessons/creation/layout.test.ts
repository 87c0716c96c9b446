import { describe, expect, it } from 'vitest';
import { creationExperiment } from '../../../../shared/experiments.js';
import { layoutCreationStage, layoutProblems, NARROW_STAGE, WIDE_STAGE } from './layout.js';

describe('layoutCreationStage', () => {
  const { units } = creationExperiment.params;

  it('has a lane per story thread and a box per story process, named by actor id', () => {
    const layout = layoutCreationStage(3);
    expect(layout.lanes.map((slot) => slot.actorId)).toEqual(['thread-1-1', 'thread-1-2', 'thread-1-3']);
    expect(layout.boxes.map((slot) => slot.actorId)).toEqual(['proc-1-1', 'proc-1-2', 'proc-1-3']);
  });

  for (const width of [WIDE_STAGE, NARROW_STAGE]) {
    it(`fits without overlaps for every allowed number of units (${width} wide)`, () => {
      for (let count = units.min; count <= units.max; count += 1) {
        expect(layoutProblems(layoutCreationStage(count, width)), `${count} units`).toEqual([]);
      }
    });
  }

  it('keeps the default run short enough for a 720p projector', () => {
    // 586 since the slowest unit's figure got room above its track (it met the stopwatch's label in pt-BR);
    // the page scales the stage to keep the playback readout on a 720p screen (e2e/layout.spec.ts).
    expect(layoutCreationStage(units.default).height).toBeLessThan(590);
  });

  it('puts many lanes in two columns when wide, one when narrow', () => {
    const wide = layoutCreationStage(12);
    expect(new Set(wide.lanes.map((slot) => slot.rect.x)).size).toBe(2);
    const narrow = layoutCreationStage(12, NARROW_STAGE);
    expect(new Set(narrow.lanes.map((slot) => slot.rect.x)).size).toBe(1);
  });
});
