/**
 * The guided path's "measured here" sentence: ids in words, counts with
 * their plural forms (Intl.PluralRules), ratios said as "× the time of",
 * never "× more time" (which reads wrong below 1×).
 */
import { describe, expect, it } from 'vitest';
import { measure } from '../../../../shared/predictions.js';
import { communication, crash, creation, memory, parallelism } from '../../../../shared/resultFixtures.js';
import type { Language } from '../../i18n/dictionary.js';
import { en } from '../../i18n/en.js';
import { formattersFor } from '../../i18n/format.js';
import { ptBR } from '../../i18n/ptBR.js';
import { measuredSentence } from './PredictCard.js';
import { learnText } from './text.js';

function sentence(lesson: Parameters<typeof measure>[0], result: unknown, language: Language): string {
  const measured = measure(lesson, result);
  if (!measured) throw new Error(`no measurement for ${lesson}`);
  return measuredSentence(measured, learnText[language], formattersFor(language), language === 'en' ? en : ptBR);
}

describe('measuredSentence', () => {
  it('says a thread fault in words, in both languages', () => {
    expect(sentence('crash', crash(2, 3, 'exception'), 'en')).toBe('After an uncaught exception in one thread, sibling threads still running: 2 of 3.');
    expect(sentence('crash', crash(0, 3, 'sigsegv'), 'pt-BR')).toBe('Depois de um sinal fatal (SIGSEGV) numa thread, threads irmãs ainda rodando: 0 de 3.');
    expect(sentence('crash', crash(2, 2, 'corruption'), 'pt-BR')).toContain('uma escrita de lixo na memória compartilhada');
  });

  it('names the fastest process channel in words', () => {
    expect(sentence('communication', communication(2.5), 'en')).toBe(
      'The fastest channel between processes, a named pipe (FIFO), took 2.5× the round-trip time of postMessage between threads.',
    );
    expect(sentence('communication', communication(2.5), 'pt-BR')).toContain('um pipe nomeado (FIFO)');
  });

  it('counts threads and cores with their plural forms', () => {
    expect(sentence('parallelism', parallelism([[1, 0.9]]), 'en')).toBe('With 1 thread, the job ran at 0.9× the speed of the main thread alone (this machine: 2 cores).');
    expect(sentence('parallelism', parallelism([[4, 1.8]]), 'pt-BR')).toBe(
      'Com 4 threads, o trabalho rodou a 1,8× a velocidade da thread principal sozinha (esta máquina: 2 núcleos).',
    );
  });

  it('says a ratio below 1 without "more time"', () => {
    expect(sentence('creation', creation(200_000, 120_000), 'pt-BR')).toBe(
      'Tempo mediano até ficar pronto: thread 200 ms, processo 120 ms; o processo levou 0,6× o tempo da thread.',
    );
  });

  it('has no plural to get wrong for the children', () => {
    expect(sentence('memory', memory(0), 'en')).toBe('The parent’s x ended at 0, while each child (2 in all) counted its own copy up to 5.');
  });
});
