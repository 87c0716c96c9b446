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

  it('runs the backend lesson, and the C engine for every other memory and crash run when it is built', () => {
    const plan = soakPlan(['memory', 'crash', 'backend'], 300, { native: true });
    expect(plan.filter((step) => step.experiment === 'backend').length).toBeGreaterThan(50);
    for (const lesson of ['memory', 'crash']) {
      const engines = plan.filter((step) => step.experiment === lesson).map((step) => step.params.engine);
      expect(engines.filter((engine) => engine === 'native').length).toBe(Math.floor(engines.length / 2));
      expect(engines.filter((engine) => engine === 'node').length).toBe(Math.ceil(engines.length / 2));
    }
    expect(soakPlan(['memory', 'crash'], 30).every((step) => step.params.engine === undefined)).toBe(true);
  });

  it('runs every lesson, whatever their number', () => {
    const lessons = ['memory', 'creation', 'communication', 'race', 'parallelism', 'backend'];
    for (let count = 1; count <= lessons.length; count += 1) {
      const available = [...lessons.slice(0, count), 'crash'];
      expect(new Set(soakPlan(available, 300).map((step) => step.experiment))).toEqual(new Set(available));
    }
  });

  it('uses only the lessons that exist', () => {
    expect(new Set(soakPlan(['memory'], 10).map((step) => step.experiment))).toEqual(new Set(['memory']));
  });
});
