import { describe, expect, it } from 'vitest';
import { recordedParallelismRun } from './fixtures.js';
import { verdictSentence } from './verdict.js';

const last = recordedParallelismRun.at(-1);
const recorded = last?.kind === 'run.finished' ? last.result : undefined;

function withVerdict(change: Record<string, number>): unknown {
  const base = recorded as { verdict: Record<string, number> };
  return { ...base, verdict: { ...base.verdict, ...change } };
}

describe('parallelism verdictSentence', () => {
  it('says the speedup stopped at the core count when it came near it', () => {
    const result = withVerdict({ cores: 2, bestThreadSpeedup: 1.93, bestThreadN: 2, bestProcessSpeedup: 1.81, bestProcessN: 2 });
    expect(verdictSentence(result, 'en')).toBe('Speedup stopped at about the number of cores (2): best 1.9× with 2 threads, 1.8× with 2 processes.');
    expect(verdictSentence(result, 'pt-BR')).toBe('O speedup parou perto do número de núcleos (2): no máximo 1,9× com 2 threads, 1,8× com 2 processos.');
  });

  it('does not claim the cores were used when this run stayed far below them (the recorded, busy run)', () => {
    expect(verdictSentence(recorded, 'en')).toBe(
      'Here the speedup stayed well below the number of cores (2): best 1.2× with 2 threads, 0.9× with 2 processes — start-up costs or other load on the machine ate the gain.',
    );
  });

  it('uses the singular for one unit', () => {
    const result = withVerdict({ cores: 1, bestThreadSpeedup: 0.98, bestThreadN: 1, bestProcessSpeedup: 0.97, bestProcessN: 1 });
    expect(verdictSentence(result, 'en')).toBe('Speedup stopped at about the number of cores (1): best 1× with 1 thread, 1× with 1 process.');
  });

  it('gives nothing for a result of another shape', () => {
    expect(verdictSentence({ cores: 2 }, 'en')).toBeUndefined();
    expect(verdictSentence(null, 'pt-BR')).toBeUndefined();
  });
});
