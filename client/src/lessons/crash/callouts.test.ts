import { describe, expect, it } from 'vitest';
import { longStageNotes, STAGE_NOTE_MAX_WORDS } from '../../i18n/sentenceSources.js';
import type { LabEvent } from '../../../../shared/protocol.js';
import { sceneAt } from '../../scene/sceneAt.js';
import { crashCallouts } from './callouts.js';
import { corruptionRun, exceptionRun, sigsegvRun } from './fixtures.js';
import { crashModelAt } from './model.js';
import { wordsFor } from './testWords.js';

function calloutsAt(events: readonly LabEvent[], index = events.length - 1, language: 'en' | 'pt-BR' = 'en') {
  return crashCallouts(sceneAt(events, index), crashModelAt(events, index), wordsFor(language));
}

const byId = (callouts: ReturnType<typeof calloutsAt>) => Object.fromEntries(callouts.map((callout) => [callout.id, callout.text]));

describe('crash callouts', () => {
  it('tells a SIGSEGV story: one process dies alone, the thread process dies whole', () => {
    const texts = byId(calloutsAt(sigsegvRun));
    expect(texts['fault-proc-2-sigsegv']).toBe('process 2: fatal signal SIGSEGV');
    expect(texts['fault-thread-2-sigsegv']).toBe('thread 2: fatal signal SIGSEGV');
    expect(texts['died-proc-2']).toBe('process 2 died (killed by SIGSEGV). Only its own memory went with it.');
    expect(texts['beat-on-proc-2']).toBe('1 of 1 sibling process beat on after process 2 died.');
    expect(texts['whole-process-died']).toBe('SIGSEGV ended the whole process: all 3 threads stopped with it.');
    expect(texts['ended-thread-2']).toBeUndefined();
    expect(texts['verdict']).toContain('0 of 2 sibling threads did');
  });

  it('tells an exception story: Node contains it to the thread, siblings beat on', () => {
    const texts = byId(calloutsAt(exceptionRun));
    expect(texts['died-proc-2']).toBe('process 2 died (exited with code 1). Only its own memory went with it.');
    expect(texts['ended-thread-2']).toBe('thread 2 ended (exit code 1, per Node): Node contained the exception to that thread.');
    expect(texts['thread-beat-on-thread-2']).toBe('1 of 1 sibling thread beat on after thread 2 ended.');
    expect(texts['whole-process-died']).toBeUndefined();
  });

  it('tells a corruption story: nothing dies on the thread side, siblings read corrupt records', () => {
    const texts = byId(calloutsAt(corruptionRun));
    expect(texts['fault-thread-2-corruption']).toBe('thread 2 overwrites the records all threads share with garbage');
    expect(texts['siblings-read-corrupt']).toBe('threads 1 and 3 now read 8 corrupt records. The process is still up.');
    expect(texts['own-corruption-proc-2']).toBe('process 2 sees 8 corrupt records in its own memory; its siblings see none.');
    expect(texts['died-proc-2']).toBe('process 2 died (killed by SIGABRT). Only its own memory went with it.');
    expect(texts['whole-process-died']).toBeUndefined();
  });

  it('says nothing about a failure before it is played, and is in time order', () => {
    const faultIndex = sigsegvRun.findIndex((event) => event.kind === 'fault.injected');
    const before = calloutsAt(sigsegvRun, faultIndex - 1);
    expect(before.some((callout) => callout.tone === 'alarm')).toBe(false);
    const all = calloutsAt(sigsegvRun);
    expect(all.map((callout) => callout.at)).toEqual([...all.map((callout) => callout.at)].sort((a, b) => a - b));
  });

  it('speaks Portuguese', () => {
    const texts = byId(calloutsAt(corruptionRun, corruptionRun.length - 1, 'pt-BR'));
    expect(texts['siblings-read-corrupt']).toBe('threads 1 e 3 agora leem 8 registros corrompidos. O processo segue de pé.');
    expect(texts['died-proc-2']).toBe('processo 2 morreu (morto por SIGABRT). Só a memória dele foi junto.');
    expect(texts['fault-thread-2-corruption']).toBe('thread 2 sobrescreve com lixo os registros de todas as threads');
  });

  it('speaks Portuguese with the exit code in Portuguese and verbs that agree with the count', () => {
    const exception = byId(calloutsAt(exceptionRun, exceptionRun.length - 1, 'pt-BR'));
    expect(exception['ended-thread-2']).toBe('thread 2 terminou (código de saída 1, segundo o Node): o Node conteve a exceção naquela thread.');
    expect(exception['thread-beat-on-thread-2']).toBe('1 de 1 thread irmã seguiu batendo depois que thread 2 terminou.');
    expect(exception['died-proc-2']).toBe('processo 2 morreu (saiu com código 1). Só a memória dele foi junto.');
    const sigsegv = byId(calloutsAt(sigsegvRun, sigsegvRun.length - 1, 'pt-BR'));
    expect(sigsegv['whole-process-died']).toBe('SIGSEGV encerrou o processo inteiro: as 3 threads pararam junto.');
    expect(sigsegv['beat-on-proc-2']).toBe('1 de 1 processo irmão seguiu batendo depois que processo 2 morreu.');
  });
});

describe('crash callouts early in a run: counts through Intl.PluralRules, verbs agree (issue 14)', () => {
  const runs = { sigsegvRun, exceptionRun, corruptionRun };
  const every = (language: 'en' | 'pt-BR') =>
    Object.values(runs).flatMap((events) => events.flatMap((_event, index) => calloutsAt(events, index, language)));

  it('never says "1 processes", "1 threads" (en) nor "1 processos", "1 threads" (pt-BR)', () => {
    const wrong = [...every('en'), ...every('pt-BR')].map((callout) => callout.text).filter((text) => /(^|\D)1 (processes|threads|processos)\b/.test(text));
    expect([...new Set(wrong)]).toEqual([]);
  });

  it('one process and one thread beating are said in the singular, in both languages', () => {
    const first = (language: 'en' | 'pt-BR', id: string) => every(language).find((callout) => callout.id === id && /^1\D/.test(callout.text))?.text;
    expect(first('en', 'processes-beating')).toBe('1 process, in its own memory, sending heartbeats.');
    expect(first('pt-BR', 'processes-beating')).toBe('1 processo, na sua própria memória, enviando batimentos.');
    expect(first('en', 'threads-beating')).toMatch(/^1 thread inside one process, PID \d+, sending heartbeats\.$/);
    expect(first('pt-BR', 'threads-beating')).toMatch(/^1 thread dentro de um só processo, PID \d+, enviando batimentos\.$/);
  });

  it('one reader of corrupt records takes a singular verb (pt-BR "lê", en "reads")', () => {
    const one = (language: 'en' | 'pt-BR') =>
      corruptionRun.map((_event, index) => calloutsAt(corruptionRun, index, language).find((callout) => callout.id === 'siblings-read-corrupt')?.text).find((text) => text?.startsWith('thread '));
    expect(one('en')).toBe('thread 1 now reads 8 corrupt records. The process is still up.');
    expect(one('pt-BR')).toBe('thread 1 agora lê 8 registros corrompidos. O processo segue de pé.');
  });
});

describe('crash stage notes are short enough to read as they go by (issue 14)', () => {
  it(`has no note over ${STAGE_NOTE_MAX_WORDS.en} words in English or ${STAGE_NOTE_MAX_WORDS['pt-BR']} in Portuguese in its recorded runs (the verdict, which stays up, aside)`, () => {
    expect(longStageNotes('crash')).toEqual([]);
  });
});
