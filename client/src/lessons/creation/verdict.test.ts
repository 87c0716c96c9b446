import { describe, expect, it } from 'vitest';
import { recordedCreationRun } from './fixtures.js';
import { verdictSentence } from './verdict.js';

const finished = recordedCreationRun.at(-1);
const result = finished?.kind === 'run.finished' ? finished.result : undefined;

function withVerdict(change: Record<string, number>): unknown {
  const base = result as { verdict: Record<string, number> };
  return { ...base, verdict: { ...base.verdict, ...change } };
}

describe('creation verdictSentence', () => {
  it('states this run’s ratio, medians and private memory (en)', () => {
    expect(verdictSentence(result, 'en')).toBe(
      'Here a thread was ready 1.8× sooner than a process (median 160 ms vs 281 ms); a process cost 7.3 MB of private memory, a thread 6.2 MB.',
    );
  });

  it('formats the same figures for pt-BR', () => {
    expect(verdictSentence(result, 'pt-BR')).toBe(
      'Aqui uma thread ficou pronta 1,8× mais cedo que um processo (mediana de 160 ms contra 281 ms); um processo custou 7,3 MB de memória privada, uma thread 6,2 MB.',
    );
  });

  it('says so when a process was the quicker one, and when a thread added no private memory', () => {
    expect(verdictSentence(withVerdict({ threadReadyMedianUs: 50_000, processReadyMedianUs: 40_000, threadPrivateKb: -12 }), 'en')).toBe(
      'Here a process was ready 1.3× sooner than a thread (median 40 ms vs 50 ms); a process cost 7.3 MB of private memory, a thread no measurable private memory.',
    );
  });

  it('gives nothing for a result of another shape or with no samples', () => {
    expect(verdictSentence({ parentX: 0 }, 'en')).toBeUndefined();
    expect(verdictSentence(undefined, 'en')).toBeUndefined();
    expect(verdictSentence(withVerdict({ threadReadyMedianUs: Number.NaN }), 'en')).toBeUndefined();
  });
});
