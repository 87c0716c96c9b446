import { describe, expect, it } from 'vitest';
import { memoryExperiment, type ExperimentSpec } from '../../../shared/experiments.js';
import { checkField, checkForm, initialRawValues, rawValuesFrom } from './paramForm.js';

describe('paramForm', () => {
  it('starts from the catalog defaults and accepts them', () => {
    const raw = initialRawValues(memoryExperiment);
    expect(raw).toEqual({ processes: '3', threads: '3', increments: '5', engine: 'node' });
    expect(checkForm(memoryExperiment, raw).values).toEqual({ processes: 3, threads: 3, increments: 5, engine: 'node' });
  });

  it('refuses integers out of range, fractions and text', () => {
    const spec = memoryExperiment.params.processes;
    expect(checkField(spec, '8')).toEqual({ ok: true, value: 8 });
    for (const bad of ['0', '9', '2.5', 'three', '', '1e3']) expect(checkField(spec, bad).ok).toBe(false);
    const form = checkForm(memoryExperiment, { processes: '99', threads: '3', increments: '5', engine: 'node' });
    expect(form.values).toBeUndefined();
    expect(Object.keys(form.problems)).toEqual(['processes']);
  });

  it('handles enum and set parameters', () => {
    const spec: ExperimentSpec = {
      id: 'x',
      proves: [],
      cores: 1,
      params: {
        mode: { type: 'enum', options: ['a', 'b'], default: 'a' },
        channels: { type: 'set', options: ['p', 'q'], default: ['p'] },
      },
    };
    expect(checkForm(spec, { mode: 'b', channels: ['q', 'p'] }).values).toEqual({ mode: 'b', channels: ['p', 'q'] });
    expect(checkForm(spec, { mode: 'z', channels: [] }).problems).toMatchObject({
      mode: { problem: 'unknownOption' },
      channels: { problem: 'emptySet' },
    });
  });
});

describe('rawValuesFrom', () => {
  it("gives the form a run's parameters over the defaults, ignoring what the spec does not know", () => {
    const raw = rawValuesFrom(memoryExperiment, { engine: 'native', processes: 5, unknown: 'x', threads: 'not a number' });
    expect(raw['engine']).toBe('native');
    expect(raw['processes']).toBe('5');
    expect(raw['threads']).toBe(String(memoryExperiment.params.threads.default));
    expect(raw).not.toHaveProperty('unknown');
    expect(checkForm(memoryExperiment, raw).values).toMatchObject({ engine: 'native', processes: 5 });
  });
});
