/**
 * The hands-on sentences built from numbers: core lists as ranges, where a
 * run was measured (alone or beside others, with the load), a queued run's
 * place with its estimated wait, and a countdown. Both languages, plural and
 * ordinal rules from Intl (never `n === 1 ?`).
 */
import { describe, expect, it } from 'vitest';
import { classCounts, coreRanges, placementSentence, queueSentence, retrySeconds, waitText } from './wording.js';

describe('coreRanges', () => {
  it('joins runs of consecutive cores into ranges', () => {
    expect(coreRanges([0])).toBe('0');
    expect(coreRanges([0, 1])).toBe('0–1');
    expect(coreRanges([0, 2, 3])).toBe('0, 2–3');
    expect(coreRanges([3, 0, 2, 1, 7])).toBe('0–3, 7');
    expect(coreRanges([5, 5, 6])).toBe('5–6');
    expect(coreRanges([])).toBe('');
  });
});

describe('placementSentence', () => {
  it('says a run was measured alone, on which core, and the load at its start', () => {
    expect(placementSentence({ cores: [0], alongside: 0, loadAtStart: 0.42 }, 'en')).toBe('Measured alone on core 0 · load 0.42 at start');
    expect(placementSentence({ cores: [], alongside: 1, loadAtStart: 1, pinned: false }, 'en')).toBe(
      'Measured beside 1 other run, on any core (paced by a person: it measures no time, so it holds no core) · load 1 at start',
    );
    expect(placementSentence({ cores: [0], alongside: 0, loadAtStart: 0.42 }, 'pt-BR')).toBe('Medida sozinha no núcleo 0 · carga 0,42 no início');
  });

  it('says how many other runs were in flight beside it, with plural rules', () => {
    expect(placementSentence({ cores: [0, 1], alongside: 1, loadAtStart: 1.5 }, 'en')).toBe('Measured beside 1 other run, on cores 0–1 · load 1.5 at start');
    expect(placementSentence({ cores: [0, 1], alongside: 2, loadAtStart: 1.5 }, 'en')).toBe('Measured beside 2 other runs, on cores 0–1 · load 1.5 at start');
    expect(placementSentence({ cores: [0, 1], alongside: 1, loadAtStart: 1.5 }, 'pt-BR')).toBe('Medida ao lado de 1 outra execução, nos núcleos 0–1 · carga 1,5 no início');
    expect(placementSentence({ cores: [2], alongside: 3, loadAtStart: 0 }, 'pt-BR')).toBe('Medida ao lado de 3 outras execuções, no núcleo 2 · carga 0 no início');
  });

  it('adds the load at the end when known, and says when the cores were reserved but not pinned', () => {
    expect(placementSentence({ cores: [0, 2, 3], alongside: 0, loadAtStart: 0.5, loadAtEnd: 1.25 }, 'en')).toBe(
      'Measured alone on cores 0, 2–3 · load 0.5 at start, 1.25 at end',
    );
    expect(placementSentence({ cores: [1], alongside: 0, loadAtStart: 0.5, pinned: false }, 'en')).toBe(
      'Measured alone on core 1 (reserved, not pinned) · load 0.5 at start',
    );
    expect(placementSentence({ cores: [1], alongside: 0, loadAtStart: 0.5, loadAtEnd: 2, pinned: false }, 'pt-BR')).toBe(
      'Medida sozinha no núcleo 1 (com reserva, sem fixação) · carga 0,5 no início, 2 no fim',
    );
  });
});

describe('queueSentence', () => {
  it('says the place with an ordinal and the wait as an estimate', () => {
    expect(queueSentence({ position: 3, estimatedWaitMs: 20_000 }, 'en')).toBe('Queued: 3rd in line, about 20 s (an estimate)');
    expect(queueSentence({ position: 1, estimatedWaitMs: 4_200 }, 'en')).toBe('Queued: 1st in line, about 5 s (an estimate)');
    expect(queueSentence({ position: 2, estimatedWaitMs: 90_000 }, 'en')).toBe('Queued: 2nd in line, about 2 min (an estimate)');
    expect(queueSentence({ position: 11, estimatedWaitMs: 0 }, 'en')).toBe('Queued: 11th in line, next to start');
    expect(queueSentence({ position: 22, estimatedWaitMs: 1000 }, 'en')).toBe('Queued: 22nd in line, about 1 s (an estimate)');
    expect(queueSentence({ position: 3, estimatedWaitMs: 20_000 }, 'pt-BR')).toBe('Na fila: 3.º lugar, cerca de 20 s (uma estimativa)');
    expect(queueSentence({ position: 1, estimatedWaitMs: 0 }, 'pt-BR')).toBe('Na fila: 1.º lugar, a próxima a começar');
  });
});

describe('classCounts', () => {
  it('counts runs and students with plural rules, in both languages', () => {
    expect(classCounts({ runs: 1, students: 1 }, 'en')).toEqual({ totals: '1 run by 1 student', pair: '1 run · 1 student' });
    expect(classCounts({ runs: 1200, students: 30 }, 'en')).toEqual({ totals: '1,200 runs by 30 students', pair: '1,200 runs · 30 students' });
    expect(classCounts({ runs: 1, students: 1 }, 'pt-BR')).toEqual({ totals: '1 execução de 1 estudante', pair: '1 execução · 1 estudante' });
    expect(classCounts({ runs: 1200, students: 2 }, 'pt-BR')).toEqual({ totals: '1.200 execuções de 2 estudantes', pair: '1.200 execuções · 2 estudantes' });
  });
});

describe('waits and countdowns', () => {
  it('rounds a wait up to whole seconds, and to minutes past a minute', () => {
    expect(waitText(400, 'en')).toBe('1 s');
    expect(waitText(59_500, 'en')).toBe('60 s');
    expect(waitText(61_000, 'pt-BR')).toBe('2 min');
  });

  it('counts down the seconds left until a retry, never below zero', () => {
    expect(retrySeconds({ retryAfterMs: 5_000, at: 1_000 }, 1_000)).toBe(5);
    expect(retrySeconds({ retryAfterMs: 5_000, at: 1_000 }, 3_100)).toBe(3);
    expect(retrySeconds({ retryAfterMs: 5_000, at: 1_000 }, 9_000)).toBe(0);
  });
});
