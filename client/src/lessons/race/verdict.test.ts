import { describe, expect, it } from 'vitest';
import type { LabEvent } from '../../../../shared/protocol.js';
import { measureRun, stepFinishRun, stepLostRun } from './fixtures.js';
import { verdictSentence } from './verdict.js';

function resultOf(events: readonly LabEvent[]): Record<string, unknown> {
  const last = events.at(-1);
  if (last?.kind !== 'run.finished') throw new Error('fixture did not finish');
  return last.result;
}

function withVerdict(change: Record<string, number>): unknown {
  const base = resultOf(measureRun) as { verdict: Record<string, number> };
  return { ...base, verdict: { ...base.verdict, ...change } };
}

describe('race verdictSentence', () => {
  it('measure: counts the repeats that lost updates, with this run’s figures', () => {
    expect(verdictSentence(resultOf(measureRun), 'en')).toBe(
      'plain lost updates in 1 of 3 repeats (median 0 of 4 million, worst 1.4 million); Atomics.add and the lock lost none; each separate process counted exactly 1,000,000.',
    );
    expect(verdictSentence(resultOf(measureRun), 'pt-BR')).toBe(
      'plain perdeu atualizações em 1 de 3 repetições (mediana de 0 de 4 milhões, pior caso 1,4 milhão); Atomics.add e o lock não perderam nenhuma; cada processo separado contou exatamente 1.000.000.',
    );
  });

  it('measure: says so when plain happened to lose nothing, or a safe variant lost something', () => {
    expect(verdictSentence(withVerdict({ plainRoundsWithLoss: 0, plainLostMax: 0 }), 'en')).toMatch(/^plain lost no update in 3 repeats this time/);
    expect(verdictSentence(withVerdict({ atomicLostMax: 12 }), 'en')).toContain('Atomics.add lost 12 and the lock 0');
  });

  it('step: x against the expected value', () => {
    expect(verdictSentence(resultOf(stepLostRun), 'en')).toBe('x = 1, expected 2: you lost 1 update.');
    expect(verdictSentence(resultOf(stepLostRun), 'pt-BR')).toBe('x = 1, esperado 2: você perdeu 1 atualização.');
    expect(verdictSentence(resultOf(stepFinishRun), 'en')).toBe('x = 4, expected 4: no update was lost.');
  });

  it('gives nothing for a result of another shape', () => {
    expect(verdictSentence({ mode: 'other' }, 'en')).toBeUndefined();
    expect(verdictSentence(undefined, 'en')).toBeUndefined();
  });
});
