import { describe, expect, it } from 'vitest';
import { text } from './text.js';

describe('creation stage section labels', () => {
  it('use the plural form of the count, in both languages', () => {
    expect(text.en.sectionThreads({ count: '1' })).toBe('Threads: 1 worker inside one process');
    expect(text.en.sectionThreads({ count: '4' })).toBe('Threads: 4 workers inside one process');
    expect(text.en.sectionProcesses({ count: '1' })).toBe('Processes: 1 child, in its own box');
    expect(text.en.sectionProcesses({ count: '16' })).toBe('Processes: 16 children, each its own box');
    expect(text['pt-BR'].sectionThreads({ count: '1' })).toBe('Threads: 1 worker dentro de um processo');
    expect(text['pt-BR'].sectionProcesses({ count: '1' })).toBe('Processos: 1 filho, na sua caixa');
    expect(text['pt-BR'].sectionProcesses({ count: '8' })).toBe('Processos: 8 filhos, cada um na sua caixa');
  });

  it('the native intro says the two sides were not started alike', () => {
    expect(text.en.native.intro({ units: '4' })).toContain('Node started 4 of each kind at once');
    expect(text.en.native.intro({ units: '4' })).toContain('C starts one at a time');
    expect(text['pt-BR'].native.intro({ units: '4' })).toContain('o Node iniciou 4 de cada tipo ao mesmo tempo');
  });

  it('counts samples, rounds and units through the plural rules', () => {
    expect(text.en.results.samples({ samples: '1', repeats: '1', units: '1' })).toBe('1 sample of each kind (1 round × 1 unit).');
    expect(text.en.results.samples({ samples: '20', repeats: '5', units: '4' })).toBe('20 samples of each kind (5 rounds × 4 units).');
    expect(text['pt-BR'].results.samples({ samples: '1', repeats: '1', units: '1' })).toBe('1 amostra de cada tipo (1 rodada × 1 unidade).');
    expect(text.en.callouts.measured({ samples: '1', threadMs: '2', processMs: '3' })).toBe('Median time to ready, 1 unit of each kind: thread 2 ms, process 3 ms.');
  });
});
