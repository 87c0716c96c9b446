import { describe, expect, it } from 'vitest';
import { soakPlan } from './plan.js';

describe('soak plan', () => {
  it('makes at least 30% crash runs, cycling through every fault, when the crash lesson exists', () => {
    const plan = soakPlan(['memory', 'crash', 'race'], 1000);
    const crashes = plan.filter((step) => step.experiment === 'crash');
    expect(plan).toHaveLength(1000);
    expect(crashes.length).toBeGreaterThanOrEqual(300);
    expect(new Set(crashes.map((step) => step.params.processFault))).toEqual(new Set(['exception', 'sigsegv', 'sigabrt', 'oom']));
    expect(new Set(crashes.map((step) => step.params.threadFault))).toEqual(new Set(['sigsegv', 'exception', 'corruption']));
  });

  it('uses only the lessons that exist', () => {
    expect(new Set(soakPlan(['memory'], 10).map((step) => step.experiment))).toEqual(new Set(['memory']));
  });
});
