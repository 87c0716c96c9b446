import { describe, expect, it } from 'vitest';
import { memoryExperiment } from '../../../../shared/experiments.js';
import { layoutMemoryStage, layoutProblems, NARROW_STAGE, WIDE_STAGE } from './layout.js';

describe('layoutMemoryStage', () => {
  const { processes, threads } = memoryExperiment.params;

  it('has a slot per child and per thread, named by actor id', () => {
    const layout = layoutMemoryStage({ processes: 3, threads: 2 });
    expect(layout.children.map((slot) => slot.actorId)).toEqual(['child-1', 'child-2', 'child-3']);
    expect(layout.lanes.map((slot) => slot.actorId)).toEqual(['thread-1', 'thread-2']);
  });

  for (const width of [WIDE_STAGE, NARROW_STAGE]) {
    it(`fits without overlaps for every allowed parameter combination (${width} wide)`, () => {
      for (let p = processes.min; p <= processes.max; p += 1) {
        for (let t = threads.min; t <= threads.max; t += 1) {
          expect(layoutProblems(layoutMemoryStage({ processes: p, threads: t }, width)), `${p} processes, ${t} threads`).toEqual([]);
        }
      }
    });
  }

  it('with the native engine: the C program in the parent box, taller boxes that still fit', () => {
    for (const width of [WIDE_STAGE, NARROW_STAGE]) {
      for (let p = processes.min; p <= processes.max; p += 1) {
        const layout = layoutMemoryStage({ processes: p, threads: 8 }, width, { parentActor: 'native', detailed: true });
        expect(layoutProblems(layout), `${p} processes, ${width} wide`).toEqual([]);
        expect(layout.host.actorId).toBe('native');
        // Room above the cell for the two detail lines (address at +92, faults at +110).
        expect(layout.host.cell.y - layout.host.box.y).toBeGreaterThanOrEqual(112);
      }
    }
  });

  it('stays short enough for a 720p projector with the defaults', () => {
    expect(layoutMemoryStage({ processes: processes.default, threads: threads.default }).height).toBeLessThan(520);
  });
});
