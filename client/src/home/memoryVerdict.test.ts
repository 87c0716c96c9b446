/** The memory lesson's verdict sentence (tested here: the memory folder belongs to its own author; only its verdict.ts was added for the home table). */
import { describe, expect, it } from 'vitest';
import { recordedMemoryRun } from '../scene/fixtures/memoryRun.js';
import { verdictSentence } from '../lessons/memory/verdict.js';

const last = recordedMemoryRun.at(-1);
const result = last?.kind === 'run.finished' ? last.result : undefined;

describe('memory verdictSentence', () => {
  it('states the parent’s x and the shared x of this run (en and pt-BR)', () => {
    expect(verdictSentence(result, 'en')).toBe(
      'Here 3 child processes each changed only their own copy of x: the parent’s x stayed 0; 3 threads changed one shared x to 15 (of 15 expected).',
    );
    expect(verdictSentence(result, 'pt-BR')).toBe(
      'Aqui 3 processos filhos mudaram, cada um, só a sua cópia de x: o x do pai ficou em 0; 3 threads mudaram um x compartilhado para 15 (de 15 esperados).',
    );
  });

  it('says so when updates were lost or the parent changed', () => {
    const broken = { ...(result as Record<string, unknown>), parentX: 2, sharedX: 11 };
    expect(verdictSentence(broken, 'en')).toBe(
      'Here the parent’s x changed to 2 while 3 children ran: that is not isolation; 3 threads shared one x but it reached only 11 of 15: updates were lost.',
    );
  });

  it('gives nothing for a result of another shape', () => {
    expect(verdictSentence({ units: 4 }, 'en')).toBeUndefined();
  });
});
