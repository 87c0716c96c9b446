import { describe, expect, it } from 'vitest';
import { amdahlSentence } from './amdahl.js';
import { recordedParallelismRun } from './fixtures.js';
import { text } from './text.js';
import { formattersFor } from '../../i18n/format.js';
import { parseParallelismResult, REACHED_SHARE, verdictSentence } from './verdict.js';

const last = recordedParallelismRun.at(-1);
const recorded = last?.kind === 'run.finished' ? last.result : undefined;

function withVerdict(change: Record<string, number>): unknown {
  const base = recorded as { verdict: Record<string, number> };
  return { ...base, verdict: { ...base.verdict, ...change } };
}

describe('parallelism verdictSentence', () => {
  it('reached (best speedup at or above the share of the cores): says it came near its ceiling, both languages', () => {
    const result = withVerdict({ cores: 2, bestThreadSpeedup: 1.93, bestThreadN: 2, bestProcessSpeedup: 1.81, bestProcessN: 2 });
    expect(verdictSentence(result, 'en')).toBe('Speedup came near the number of cores (2), its ceiling: best 1.9× with 2 threads, 1.8× with 2 processes.');
    expect(verdictSentence(result, 'pt-BR')).toBe('O speedup chegou perto do número de núcleos (2), o seu teto: o melhor foi 1,9× com 2 threads e 1,8× com 2 processos.');
  });

  it('the threshold: just above and just below REACHED_SHARE × cores', () => {
    const at = (speedup: number) => withVerdict({ cores: 4, bestThreadSpeedup: speedup, bestProcessSpeedup: 1 });
    expect(verdictSentence(at(REACHED_SHARE * 4), 'en')).toMatch(/^Speedup came near the number of cores \(4\)/);
    expect(verdictSentence(at(REACHED_SHARE * 4 - 0.01), 'en')).toMatch(/^Here the speedup stayed well below the number of cores \(4\)/);
    expect(verdictSentence(at(REACHED_SHARE * 4 - 0.01), 'pt-BR')).toMatch(/^Aqui o speedup ficou bem abaixo do número de núcleos \(4\)/);
  });

  it('below: does not claim the cores were used, and names the start-up from this run’s own figures (the recorded, busy run)', () => {
    expect(verdictSentence(recorded, 'en')).toBe(
      'Here the speedup stayed well below the number of cores (2): best 1.2× with 2 threads, 0.9× with 2 processes. Each split also starts its units: 1 worker thread took 550 ms for the job the baseline did in 405 ms.',
    );
    expect(verdictSentence(recorded, 'pt-BR')).toBe(
      'Aqui o speedup ficou bem abaixo do número de núcleos (2): o melhor foi 1,2× com 2 threads e 0,9× com 2 processos. Cada divisão também inicia as suas unidades: 1 worker thread levou 550 ms no trabalho que a referência fez em 405 ms.',
    );
  });

  it('uses the singular for one unit, by Intl.PluralRules in both languages', () => {
    const result = withVerdict({ cores: 1, bestThreadSpeedup: 0.98, bestThreadN: 1, bestProcessSpeedup: 0.97, bestProcessN: 1 });
    expect(verdictSentence(result, 'en')).toBe('Speedup came near the number of cores (1), its ceiling: best 1× with 1 thread, 1× with 1 process.');
    expect(verdictSentence(result, 'pt-BR')).toBe('O speedup chegou perto do número de núcleos (1), o seu teto: o melhor foi 1× com 1 thread e 1× com 1 processo.');
  });

  it('gives nothing for a result of another shape', () => {
    expect(verdictSentence({ cores: 2 }, 'en')).toBeUndefined();
    expect(verdictSentence(null, 'pt-BR')).toBeUndefined();
  });
});

describe('Amdahl’s law, with the run’s figures', () => {
  const result = parseParallelismResult(recorded);
  if (!result) throw new Error('the recorded run must parse');

  it('states the law, the ceiling at this machine’s cores and the start-up, in both languages', () => {
    expect(amdahlSentence(result, text.en, formattersFor('en'))).toBe(
      'Amdahl’s law: with a fraction p of the work split over N cores, speedup ≤ 1 / ((1 − p) + p/N). Here almost all the work splits (handing out the shares and adding up the counts is all that does not), so on this machine’s 2 cores the ceiling is about 2×. What the splits add instead is start-up: 1 worker thread took 550 ms for the job the baseline did in 405 ms.',
    );
    expect(amdahlSentence({ ...result, cores: 1 }, text['pt-BR'], formattersFor('pt-BR'))).toContain('então, com 1 núcleo nesta máquina, o teto é cerca de 1×.');
  });

  it('says nothing without a 1-thread split to compare', () => {
    expect(amdahlSentence({ ...result, threads: result.threads.filter((entry) => entry.n !== 1) }, text.en, formattersFor('en'))).toBeUndefined();
  });
});

describe('parallelism stage words', () => {
  it('counts by Intl.PluralRules, not by comparing with "1"', () => {
    expect(text.en.now.threads({ n: '1' })).toBe('Now: 1 worker thread');
    expect(text.en.now.threads({ n: '3' })).toBe('Now: 3 threads, one process');
    expect(text['pt-BR'].now.processes({ n: '1' })).toBe('Agora: 1 processo filho');
    expect(text['pt-BR'].configuration.processes({ n: '2' })).toBe('2 processos');
    expect(text.en.cores.title({ n: '1' })).toBe('This machine: 1 core');
    expect(text['pt-BR'].cores.title({ n: '2' })).toBe('Esta máquina: 2 núcleos');
  });
});
