import { describe, expect, it } from 'vitest';
import { crashCounts, layoutCrashStage, layoutProblems, NARROW_STAGE, WIDE_STAGE } from './layout.js';

describe('crash layout', () => {
  it('fits every size the catalog allows, wide and narrow, with and without the corruption notes', () => {
    for (const width of [WIDE_STAGE, NARROW_STAGE]) {
      for (const corruption of [false, true]) {
        for (let processes = 2; processes <= 8; processes += 1) {
          for (let threads = 2; threads <= 8; threads += 1) {
            const layout = layoutCrashStage({ processes, threads, corruption }, width);
            expect(layoutProblems(layout), `${processes}×${threads} at ${width}`).toEqual([]);
            expect(layout.processes.slots).toHaveLength(processes);
            expect(layout.threads.lanes).toHaveLength(threads);
          }
        }
      }
    }
  });

  it('puts the two sides next to each other when wide, one under the other when narrow', () => {
    const wide = layoutCrashStage({ processes: 4, threads: 4, corruption: false }, WIDE_STAGE);
    expect(wide.threads.box.x).toBeGreaterThan(wide.processes.slots[0]?.box.x ?? Infinity);
    expect(wide.threads.label.y).toBe(wide.processes.label.y);
    const narrow = layoutCrashStage({ processes: 4, threads: 4, corruption: false }, NARROW_STAGE);
    expect(narrow.threads.label.y).toBeGreaterThan(narrow.processes.slots.at(-1)?.box.y ?? Infinity);
  });

  it('every strip of a side has the same width, so one time axis serves them all', () => {
    const layout = layoutCrashStage({ processes: 3, threads: 5, corruption: true }, WIDE_STAGE);
    expect(new Set(layout.processes.slots.map((slot) => slot.strip.width)).size).toBe(1);
    expect(new Set(layout.threads.lanes.map((lane) => lane.strip.width)).size).toBe(1);
  });

  it('takes counts from the parameters, or from the actors seen if there are more', () => {
    expect(crashCounts({ processes: 3, threads: 2, threadFault: 'corruption' }, [])).toEqual({ processes: 3, threads: 2, corruption: true });
    expect(crashCounts(undefined, ['proc-1', 'proc-5', 'thread-2', 'threaded'])).toEqual({ processes: 5, threads: 2, corruption: false });
  });
});
