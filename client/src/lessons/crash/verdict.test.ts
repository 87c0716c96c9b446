import { describe, expect, it } from 'vitest';
import { corruptionRun, exceptionRun, sigsegvRun } from './fixtures.js';
import { verdictSentence } from './verdict.js';

const resultOf = (events: readonly { kind: string }[]) => {
  const last = events.at(-1) as { kind: string; result?: unknown } | undefined;
  return last?.kind === 'run.finished' ? last.result : undefined;
};

describe('crash verdictSentence', () => {
  it('counts who kept beating on each side, with this run’s figures', () => {
    expect(verdictSentence(resultOf(sigsegvRun), 'en')).toBe('1 of 1 sibling process kept beating; 0 of 2 sibling threads did (the whole process died: SIGSEGV).');
    expect(verdictSentence(resultOf(exceptionRun), 'en')).toBe('1 of 1 sibling process kept beating; 1 of 1 sibling thread did.');
    expect(verdictSentence(resultOf(corruptionRun), 'en')).toBe('1 of 1 sibling process kept beating; 2 of 2 sibling threads did, reading 8 corrupt records.');
  });

  it('speaks Portuguese, with agreement', () => {
    expect(verdictSentence(resultOf(sigsegvRun), 'pt-BR')).toBe(
      '1 de 1 processo irmão continuou batendo; 0 de 2 threads irmãs também (o processo inteiro morreu: SIGSEGV).',
    );
    expect(verdictSentence(resultOf(corruptionRun), 'pt-BR')).toBe('1 de 1 processo irmão continuou batendo; 2 de 2 threads irmãs também, lendo 8 registros corrompidos.');
  });

  it('gives nothing for a result of another shape', () => {
    expect(verdictSentence({ parentX: 0 }, 'en')).toBeUndefined();
    expect(verdictSentence(undefined, 'pt-BR')).toBeUndefined();
  });
});
