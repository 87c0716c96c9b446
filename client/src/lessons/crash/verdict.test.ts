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
      '1 de 1 processo irmão continuou batendo; entre as threads, 0 de 2 irmãs continuou batendo (o processo inteiro morreu: SIGSEGV).',
    );
    expect(verdictSentence(resultOf(corruptionRun), 'pt-BR')).toBe('1 de 1 processo irmão continuou batendo; entre as threads, 2 de 2 irmãs continuaram batendo, lendo 8 registros corrompidos.');
  });

  it('gives nothing for a result of another shape', () => {
    expect(verdictSentence({ parentX: 0 }, 'en')).toBeUndefined();
    expect(verdictSentence(undefined, 'pt-BR')).toBeUndefined();
  });
});

describe('crash verdict templates, each on both sides of its condition, both languages', () => {
  const base = resultOf(sigsegvRun) as { threadSide: Record<string, unknown>; verdict: Record<string, number> };
  const withThreadSide = (threadSide: Record<string, unknown>, verdict: Record<string, number> = {}) => ({
    ...base,
    threadSide: { ...base.threadSide, ...threadSide },
    verdict: { ...base.verdict, ...verdict },
  });
  // The threads' process ended with an exit code, not a signal (no fixture has it: the code path must still read as words).
  const exitedWithCode = withThreadSide({ process: { code: 1, signal: null, reason: 'exited with code 1' }, processSurvived: false });
  const survivedClean = withThreadSide({ process: { code: 0, signal: null, reason: 'finished' }, processSurvived: true, corruptRecordsSeenBySiblings: 0 }, { threadSiblingsAlive: 2 });
  const survivedCorrupt = withThreadSide({ process: { code: 0, signal: null, reason: 'finished' }, processSurvived: true, corruptRecordsSeenBySiblings: 3 }, { threadSiblingsAlive: 2 });

  it('process died: names the signal, or the exit code in the reader’s language', () => {
    expect(verdictSentence(resultOf(sigsegvRun), 'en')).toContain('(the whole process died: SIGSEGV)');
    expect(verdictSentence(exitedWithCode, 'en')).toContain('(the whole process died: exit code 1)');
    expect(verdictSentence(exitedWithCode, 'pt-BR')).toContain('(o processo inteiro morreu: código de saída 1)');
  });

  it('process survived: corrupt records named only when siblings read some', () => {
    expect(verdictSentence(survivedClean, 'en')).toBe('1 of 1 sibling process kept beating; 2 of 2 sibling threads did.');
    expect(verdictSentence(survivedCorrupt, 'en')).toBe('1 of 1 sibling process kept beating; 2 of 2 sibling threads did, reading 3 corrupt records.');
    expect(verdictSentence(survivedClean, 'pt-BR')).toBe('1 de 1 processo irmão continuou batendo; entre as threads, 2 de 2 irmãs continuaram batendo.');
    expect(verdictSentence(survivedCorrupt, 'pt-BR')).toBe('1 de 1 processo irmão continuou batendo; entre as threads, 2 de 2 irmãs continuaram batendo, lendo 3 registros corrompidos.');
  });

  it('plural forms by Intl.PluralRules: pt-BR puts 0 in the singular, English does not', () => {
    const none = { ...base, verdict: { ...base.verdict, processSiblings: 3, processSiblingsAlive: 0 } };
    expect(verdictSentence(none, 'en')).toMatch(/^0 of 3 sibling processes kept beating;/);
    expect(verdictSentence(none, 'pt-BR')).toMatch(/^0 de 3 processos irmãos continuou batendo;/);
    const many = { ...base, verdict: { ...base.verdict, processSiblings: 3, processSiblingsAlive: 3 } };
    expect(verdictSentence(many, 'pt-BR')).toMatch(/^3 de 3 processos irmãos continuaram batendo;/);
  });
});
