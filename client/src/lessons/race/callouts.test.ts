import { describe, expect, it } from 'vitest';
import { sceneAt } from '../../scene/sceneAt.js';
import { measureCallouts, stepCallouts } from './callouts.js';
import { measureRun, stepLostRun } from './fixtures.js';
import { measureModelAt } from './measureModel.js';
import { stepModelAt } from './stepModel.js';
import { wordsFor } from './testWords.js';

const texts = (callouts: readonly { id: string; text: string }[]) => Object.fromEntries(callouts.map((callout) => [callout.id, callout.text]));

describe('race callouts', () => {
  it('measure: each plain round, one line per safe variant, each process, then the verdict', () => {
    const end = measureRun.length - 1;
    const callouts = measureCallouts(sceneAt(measureRun, end), measureModelAt(measureRun, end), 4_000_000, wordsFor('en'));
    const byId = texts(callouts);
    expect(byId['threads-ready']).toMatch(/^4 threads in one process \(PID \d+\) share one counter\.$/);
    expect(byId['round-plain-1']).toBe('plain, repeat 1: 2,582,500 of 4,000,000: 1,417,500 updates lost.');
    expect(byId['round-plain-2']).toBe('plain, repeat 2: 4,000,000 of 4,000,000: nothing lost.');
    expect(byId['round-atomic']).toBe('Atomics.add, repeat 3: 4,000,000 of 4,000,000: nothing lost.');
    expect(byId['counted-proc-1']).toBe('process 1 counted 1,000,000 in its own memory, which no other process shares.');
    expect(callouts.at(-1)?.id).toBe('verdict');
  });

  it('step: narrates each step and calls out the write that lost an update', () => {
    const end = stepLostRun.length - 1;
    const callouts = stepCallouts(sceneAt(stepLostRun, end), stepModelAt(stepLostRun, end), wordsFor('en'));
    expect(callouts.filter((callout) => callout.section === 'step').map((callout) => callout.text)).toEqual([
      'thread 1 read x = 0 into its register.',
      'thread 2 read x = 0 into its register.',
      'thread 1 added 1 in its register: 1. x is still 0.',
      'thread 1 wrote 1 to x.',
      'thread 2 added 1 in its register: 1. x is still 1.',
      'thread 2 wrote 1 to x, which already held 1: an increment is lost.',
    ]);
    expect(callouts.at(-1)?.text).toBe('x = 1, expected 2: you lost 1 update.');
  });

  it('speaks Portuguese', () => {
    const end = stepLostRun.length - 1;
    const callouts = stepCallouts(sceneAt(stepLostRun, end), stepModelAt(stepLostRun, end), wordsFor('pt-BR'));
    expect(callouts[0]?.text).toBe('thread 1 leu x = 0 para o seu registrador.');
  });

  it('measure: one lost update is singular in both languages (Intl.PluralRules), many are plural', () => {
    const end = measureRun.length - 1;
    const model = measureModelAt(measureRun, end);
    const round = model.rounds.find((item) => item.variant === 'plain' && item.repeat === 2);
    if (!round) throw new Error('fixture has no plain repeat 2');
    // Expect one more than repeat 2 counted: one update lost.
    const one = (language: 'en' | 'pt-BR') => texts(measureCallouts(sceneAt(measureRun, end), model, round.value + 1, wordsFor(language)))['round-plain-2'];
    expect(one('en')).toBe('plain, repeat 2: 4,000,000 of 4,000,001: 1 update lost.');
    expect(one('pt-BR')).toBe('plain, repetição 2: 4.000.000 de 4.000.001: 1 atualização perdida.');
    const many = texts(measureCallouts(sceneAt(measureRun, end), model, 4_000_000, wordsFor('pt-BR')))['round-plain-1'];
    expect(many).toBe('plain, repetição 1: 2.582.500 de 4.000.000: 1.417.500 atualizações perdidas.');
  });

});
