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
});
