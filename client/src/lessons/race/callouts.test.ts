import { describe, expect, it } from 'vitest';
import { longStageNotes, STAGE_NOTE_MAX_WORDS } from '../../i18n/sentenceSources.js';
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
    expect(byId['round-plain-1']).toBe('Repeat 1, unsynchronized: 2,582,500 of 4,000,000: 1,417,500 updates lost.');
    expect(byId['round-plain-2']).toBe('Repeat 2, unsynchronized: 4,000,000 of 4,000,000: nothing lost.');
    expect(byId['round-atomic']).toBe('Repeat 3, with Atomics.add: 4,000,000 of 4,000,000: nothing lost.');
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
    expect(one('en')).toBe('Repeat 2, unsynchronized: 4,000,000 of 4,000,001: 1 update lost.');
    expect(one('pt-BR')).toBe('Repetição 2, sem sincronização: 4.000.000 de 4.000.001: 1 atualização perdida.');
    const many = texts(measureCallouts(sceneAt(measureRun, end), model, 4_000_000, wordsFor('pt-BR')))['round-plain-1'];
    expect(many).toBe('Repetição 1, sem sincronização: 2.582.500 de 4.000.000: 1.417.500 atualizações perdidas.');
  });

});

describe('race measure callouts in words (issue 14)', () => {
  const every = (language: 'en' | 'pt-BR') =>
    measureRun.flatMap((_event, index) => measureCallouts(sceneAt(measureRun, index), measureModelAt(measureRun, index), 4_000_000, wordsFor(language)));

  it('one thread ready is singular: never "1 threads"', () => {
    const wrong = [...every('en'), ...every('pt-BR')].map((callout) => callout.text).filter((text) => /(^|\D)1 threads\b/.test(text));
    expect([...new Set(wrong)]).toEqual([]);
    expect(every('en').find((callout) => callout.id === 'threads-ready')?.text).toMatch(/^1 thread in one process \(PID \d+\) uses one counter\.$/);
    expect(every('pt-BR').find((callout) => callout.id === 'threads-ready')?.text).toMatch(/^1 thread de um processo \(PID \d+\) usa um contador\.$/);
  });

  it('names the variants in words, not by their ids ("plain", "lock")', () => {
    const notes = [...every('en'), ...every('pt-BR')].filter((callout) => callout.id.startsWith('round-')).map((callout) => callout.text);
    expect(notes.filter((text) => /\b(plain|lock),/.test(text))).toEqual([]);
    const end = measureRun.length - 1;
    const at = (language: 'en' | 'pt-BR') => texts(measureCallouts(sceneAt(measureRun, end), measureModelAt(measureRun, end), 4_000_000, wordsFor(language)));
    expect(at('en')['round-plain-1']).toBe('Repeat 1, unsynchronized: 2,582,500 of 4,000,000: 1,417,500 updates lost.');
    expect(at('en')['round-lock']).toBe('Repeat 3, with a lock: 4,000,000 of 4,000,000: nothing lost.');
    expect(at('en')['round-atomic']).toBe('Repeat 3, with Atomics.add: 4,000,000 of 4,000,000: nothing lost.');
    expect(at('pt-BR')['round-plain-1']).toBe('Repetição 1, sem sincronização: 2.582.500 de 4.000.000: 1.417.500 atualizações perdidas.');
    expect(at('pt-BR')['round-lock']).toBe('Repetição 3, com lock: 4.000.000 de 4.000.000: nada se perdeu.');
  });
});

describe('race stage notes are short enough to read as they go by (issue 14)', () => {
  it(`has no note over ${STAGE_NOTE_MAX_WORDS.en} words in English or ${STAGE_NOTE_MAX_WORDS['pt-BR']} in Portuguese in its recorded runs (the verdict, which stays up, aside)`, () => {
    expect(longStageNotes('race')).toEqual([]);
  });
});
