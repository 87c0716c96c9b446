import { describe, expect, it } from 'vitest';
import { architectureRows, faultRows, hopRatio, timelineRows } from './chartData.js';
import { recordedResult } from './fixtures.js';
import { parseBackendResult, verdictSentence } from './verdict.js';

describe('backend verdict', () => {
  it('puts this run’s failed requests, recovery and throughput in one sentence, in both languages', () => {
    expect(verdictSentence(recordedResult, 'en')).toBe(
      'When one worker crashed, the thread pool lost 54 of the 267 requests sent in the crash window (the whole process died: SIGSEGV; serving again after 526 ms); the cluster lost 2 of 258 and kept answering (serving again after 423 ms). Under normal load: pool 793 req/s, median ' +
        `${verdictFigure(recordedResult.pool.measured.latencyMs.median)} ms; cluster 943 req/s, median ${verdictFigure(recordedResult.cluster.measured.latencyMs.median)} ms.`,
    );
    expect(verdictSentence(recordedResult, 'pt-BR')).toMatch(/^Quando um worker caiu, o pool de threads perdeu 54 de 267 requisições enviadas na janela da queda \(o processo inteiro morreu: SIGSEGV; atendendo de novo após 526 ms\); o cluster perdeu 2 de 258/);
  });

  it('says only the load figures when no fault was injected, and nothing for a foreign result', () => {
    expect(verdictSentence({ ...recordedResult, fault: null }, 'en')).toMatch(/^Under the same load the thread pool answered 793 req\/s/);
    expect(verdictSentence({ threads: [] }, 'en')).toBeUndefined();
    expect(parseBackendResult(recordedResult)).toBeDefined();
  });

  it('gives the charts the measured figures', () => {
    expect(architectureRows(recordedResult).map((row) => row.throughput)).toEqual([
      recordedResult.pool.measured.throughputPerSec,
      recordedResult.cluster.measured.throughputPerSec,
    ]);
    expect(faultRows(recordedResult)).toEqual([
      { architecture: 'pool', inFlight: recordedResult.fault?.pool.failedInFlight, after: recordedResult.fault?.pool.failedAfter, recoveryMs: recordedResult.fault?.pool.recoveryMs },
      { architecture: 'cluster', inFlight: recordedResult.fault?.cluster.failedInFlight, after: recordedResult.fault?.cluster.failedAfter, recoveryMs: recordedResult.fault?.cluster.recoveryMs },
    ]);
    expect(timelineRows(recordedResult)).toHaveLength(recordedResult.fault?.bins.length ?? -1);
    expect(hopRatio(recordedResult)).toBeGreaterThan(1);
    expect(faultRows({ ...recordedResult, fault: null })).toEqual([]);
  });
});

describe('backend verdict templates, each on both sides of its condition, both languages', () => {
  const fault = recordedResult.fault;
  if (!fault) throw new Error('the recorded result has a fault phase');
  const withPool = (pool: Partial<typeof fault.pool>) => ({ ...recordedResult, fault: { ...fault, pool: { ...fault.pool, ...pool } } });

  it('fault or no fault', () => {
    expect(verdictSentence(recordedResult, 'pt-BR')).toMatch(/^Quando um worker caiu/);
    expect(verdictSentence({ ...recordedResult, fault: null }, 'pt-BR')).toMatch(/^Sob a mesma carga, o pool de threads respondeu 793 req\/s/);
    expect(verdictSentence({ ...recordedResult, fault: null }, 'en')).not.toContain('crashed');
  });

  it('back within the window, or not', () => {
    expect(verdictSentence(withPool({ recoveryMs: null }), 'en')).toContain('(the whole process died: SIGSEGV; not back within the window)');
    expect(verdictSentence(withPool({ recoveryMs: null }), 'pt-BR')).toContain('(o processo inteiro morreu: SIGSEGV; não voltou dentro da janela)');
    expect(verdictSentence(recordedResult, 'pt-BR')).toContain('atendendo de novo após 526 ms');
  });

  it('the pool process died of a signal, or with an exit code said in the reader’s language', () => {
    const exited = withPool({ deadProcess: { ...fault.pool.deadProcess, code: 1, signal: null } });
    expect(verdictSentence(exited, 'en')).toContain('(the whole process died: exit code 1;');
    expect(verdictSentence(exited, 'pt-BR')).toContain('(o processo inteiro morreu: código de saída 1;');
  });

  it('"request" by Intl.PluralRules', () => {
    expect(verdictSentence(withPool({ total: 1, failed: 1 }), 'en')).toContain('lost 1 of the 1 request sent in the crash window');
    expect(verdictSentence(withPool({ total: 1, failed: 1 }), 'pt-BR')).toContain('perdeu 1 de 1 requisição enviada na janela da queda');
  });
});

/** Three significant digits, as the verdict prints a latency. */
function verdictFigure(value: number): string {
  const digits = Math.max(0, Math.min(6, 2 - Math.floor(Math.log10(Math.abs(value)))));
  return new Intl.NumberFormat('en', { maximumFractionDigits: digits }).format(value);
}
