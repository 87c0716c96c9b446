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
      'Unsynchronized increments lost updates in 1 of 3 repeats (median 0 of 4 million, worst 1.4 million); Atomics.add and the lock lost none; each separate process counted exactly 1,000,000.',
    );
    expect(verdictSentence(resultOf(measureRun), 'pt-BR')).toBe(
      'Os incrementos sem sincronização perderam atualizações em 1 de 3 repetições (mediana de 0 de 4 milhões, pior caso 1,4 milhão); Atomics.add e o lock não perderam nenhuma; cada processo separado contou exatamente 1.000.000.',
    );
  });

  it('measure: says so when plain happened to lose nothing, or a safe variant lost something', () => {
    expect(verdictSentence(withVerdict({ plainRoundsWithLoss: 0, plainLostMax: 0 }), 'en')).toMatch(/^Unsynchronized increments lost no update in 3 repeats this time/);
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

describe('race verdict templates, each on both sides of its condition, both languages', () => {
  it('plain lost (some repeat lost updates) or not (none did), with "repeat" by Intl.PluralRules', () => {
    const lostOne = withVerdict({ plainRounds: 1, plainRoundsWithLoss: 1 });
    expect(verdictSentence(lostOne, 'en')).toMatch(/^Unsynchronized increments lost updates in 1 of 1 repeat \(/);
    expect(verdictSentence(lostOne, 'pt-BR')).toMatch(/^Os incrementos sem sincronização perderam atualizações em 1 de 1 repetição \(/);
    const noLossOne = withVerdict({ plainRounds: 1, plainRoundsWithLoss: 0, plainLostMax: 0 });
    expect(verdictSentence(noLossOne, 'en')).toMatch(/^Unsynchronized increments lost no update in 1 repeat this time \(a race can lose updates; nothing makes it\);/);
    expect(verdictSentence(noLossOne, 'pt-BR')).toMatch(/^Os incrementos sem sincronização não perderam nenhuma atualização em 1 repetição desta vez \(a corrida pode perder atualizações, mas nada a obriga\);/);
    expect(verdictSentence(withVerdict({ plainRoundsWithLoss: 0, plainLostMax: 0 }), 'pt-BR')).toMatch(/em 3 repetições desta vez/);
  });

  it('safe variants: none lost, or which lost how many', () => {
    expect(verdictSentence(withVerdict({ atomicLostMax: 0, lockLostMax: 0 }), 'pt-BR')).toContain('Atomics.add e o lock não perderam nenhuma');
    expect(verdictSentence(withVerdict({ lockLostMax: 3 }), 'pt-BR')).toContain('Atomics.add perdeu 0 e o lock 3');
  });

  it('separate processes: exactly their increments, or the counts they reached', () => {
    const base = resultOf(measureRun) as { processes: { final: number }[] };
    const off = { ...base, processes: base.processes.map((process, index) => (index === 0 ? { ...process, final: 999 } : process)) };
    expect(verdictSentence(off, 'en')).toMatch(/the separate processes counted 999, 1,000,000.* \(of 1,000,000 each\)\.$/);
    expect(verdictSentence(off, 'pt-BR')).toMatch(/os processos separados contaram 999, 1\.000\.000.* \(de 1\.000\.000 cada\)\.$/);
  });

  it('step: lost (singular and plural) or none, both languages', () => {
    const step = resultOf(stepLostRun);
    expect(verdictSentence({ ...step, x: 2, expected: 4, lost: 2 }, 'en')).toBe('x = 2, expected 4: you lost 2 updates.');
    expect(verdictSentence({ ...step, x: 2, expected: 4, lost: 2 }, 'pt-BR')).toBe('x = 2, esperado 4: você perdeu 2 atualizações.');
    expect(verdictSentence(resultOf(stepFinishRun), 'pt-BR')).toBe('x = 4, esperado 4: nenhuma atualização se perdeu.');
  });
});
