import { describe, expect, it } from 'vitest';
import { phaseTitle } from './phaseTitle.js';

describe('phaseTitle', () => {
  it('names the patterned phases of creation, parallelism and communication', () => {
    expect(phaseTitle('threads-repeat-2', 'en')).toBe('threads, repeat 2');
    expect(phaseTitle('processes-repeat-3', 'pt-BR')).toBe('processos, repetição 3');
    expect(phaseTitle('processes-4', 'en')).toBe('4 processes');
    expect(phaseTitle('story-ipc-json', 'pt-BR')).toBe('em câmera lenta: IPC do Node (JSON)');
    expect(phaseTitle('story-sab-wait', 'en')).toBe('shown slowly: shared memory with Atomics.wait');
    expect(phaseTitle('step', 'pt-BR')).toBe('passo a passo');
    expect(phaseTitle('baseline', 'en')).toBe('main thread alone');
  });

  it('shows an unknown name as it was sent', () => {
    expect(phaseTitle('warm-up', 'en')).toBe('warm-up');
    expect(phaseTitle('threads-repeat-x', 'en')).toBe('threads-repeat-x');
  });
});
