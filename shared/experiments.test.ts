import { describe, expect, it } from 'vitest';
import { defaultParams, experiments, findExperiment, memoryExperiment, validateParams } from './experiments.js';

describe('parameter validation', () => {
  it('fills missing parameters with their defaults', () => {
    expect(validateParams(memoryExperiment, undefined)).toEqual({ ok: true, params: { processes: 3, threads: 3, increments: 5, engine: 'node' } });
    expect(validateParams(memoryExperiment, { threads: 8 })).toEqual({ ok: true, params: { processes: 3, threads: 8, increments: 5, engine: 'node' } });
    expect(validateParams(memoryExperiment, { engine: 'native' })).toMatchObject({ ok: true, params: { engine: 'native' } });
    expect(validateParams(memoryExperiment, { engine: 'rust' })).toMatchObject({ ok: false, error: expect.stringMatching(/"engine" must be one of node, native/) });
  });

  it('refuses out-of-bounds, wrong types and unknown names, naming the parameter and its bounds', () => {
    const refuse = (raw: unknown) => {
      const check = validateParams(memoryExperiment, raw);
      return check.ok ? 'accepted' : check.error;
    };
    expect(refuse({ processes: 0 })).toBe('"processes" must be a whole number from 1 to 8 (got 0)');
    expect(refuse({ increments: 1.5 })).toMatch(/"increments" must be a whole number from 1 to 1000/);
    expect(refuse({ threads: '3' })).toMatch(/"threads".*\(got "3"\)/);
    expect(refuse({ colour: 'red' })).toMatch(/unknown parameter "colour"/);
    expect(refuse([1])).toMatch(/must be an object/);
  });

  it('checks enum and set parameters', () => {
    const crash = findExperiment('crash');
    const communication = findExperiment('communication');
    if (!crash || !communication) throw new Error('catalog lost an experiment');
    expect(validateParams(crash, { processFault: 'meltdown' }).ok).toBe(false);
    expect(validateParams(communication, { channels: [] }).ok).toBe(false);
    expect(validateParams(communication, { channels: ['pipe', 'carrier-pigeon'] }).ok).toBe(false);
    expect(validateParams(communication, { channels: ['pipe', 'pipe'] })).toMatchObject({ ok: true, params: { channels: ['pipe'] } });
  });

  it('has defaults inside their own bounds for every experiment', () => {
    for (const experiment of experiments) {
      expect(validateParams(experiment, defaultParams(experiment)), experiment.id).toMatchObject({ ok: true });
    }
  });
});
