import { describe, expect, it } from 'vitest';
import { fittingPhaseLabels } from './phaseLabels.js';

describe('fittingPhaseLabels', () => {
  it('drops a name that would print over the previous one, keeps far-apart ones', () => {
    const marks = [
      { index: 1, name: 'threads', percent: 2 },
      { index: 5, name: 'plain', percent: 6 },
      { index: 9, name: 'Atomics.add', percent: 30 },
      { index: 13, name: 'lock', percent: 34 },
      { index: 20, name: 'processes', percent: 60 },
    ];
    expect([...fittingPhaseLabels(marks, 600)]).toEqual([1, 9, 20]);
    expect([...fittingPhaseLabels(marks, 3000)]).toEqual([1, 5, 9, 13, 20]);
  });

  it('a name near the right end hangs left of its mark, and gives way if that overlaps the previous name', () => {
    // 'threads, repeat 1' at 65% ends 168 px after 65%; 'processes, repeat 1' at 90% hangs back 185 px.
    const marks = [
      { index: 1, name: 'threads, repeat 1', percent: 65 },
      { index: 2, name: 'processes, repeat 1', percent: 90 },
    ];
    expect([...fittingPhaseLabels(marks, 600)]).toEqual([1]);
    expect([...fittingPhaseLabels(marks, 1500)]).toEqual([1, 2]);
  });
});
