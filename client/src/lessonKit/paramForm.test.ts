import { describe, expect, it } from 'vitest';
import { memoryExperiment, type ExperimentSpec } from '../../../shared/experiments.js';
import { checkField, checkForm, initialRawValues } from './paramForm.js';

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
