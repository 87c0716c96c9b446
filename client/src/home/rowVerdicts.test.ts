import { describe, expect, it } from 'vitest';
import type { RunInfo } from '../../../shared/protocol.js';
import { recordedMemoryRun } from '../scene/fixtures/memoryRun.js';
import { verdictSentence as memoryVerdict } from '../lessons/memory/verdict.js';
import { latestFinishedByExperiment, parseRunList } from './measuredRuns.js';
import { lessonVerdicts } from './rowVerdicts.js';

const memoryEnd = recordedMemoryRun.at(-1);
const memoryResult = memoryEnd?.kind === 'run.finished' ? memoryEnd.result : {};

function run(id: string, experiment: string, status: RunInfo['status'], createdAt: number, result?: Record<string, unknown>): RunInfo {
  return { id, experiment, params: {}, status, createdAt, eventCount: 10, ...(result ? { result } : {}) };
}

describe('latestFinishedByExperiment', () => {
  it('takes the newest finished run of each experiment, skipping failed, stopped and running ones', () => {
    const runs = [
      run('m4', 'memory', 'running', 40),
      run('m3', 'memory', 'failed', 30),
      run('m2', 'memory', 'finished', 20, { parentX: 0 }),
      run('m1', 'memory', 'finished', 10, { parentX: 0 }),
      run('c1', 'creation', 'stopped', 15),
    ];
    const latest = latestFinishedByExperiment(runs);
    expect(latest.get('memory')?.id).toBe('m2');
    expect(latest.has('creation')).toBe(false);
  });

  it('does not trust the list order: the newest by creation time wins', () => {
    const latest = latestFinishedByExperiment([run('old', 'memory', 'finished', 1, {}), run('new', 'memory', 'finished', 2, {})]);
    expect(latest.get('memory')?.id).toBe('new');
  });

  it('reads the server’s list, keeping the entries that parse', () => {
    const body = { runs: [run('ok1', 'memory', 'finished', 1, {}), { id: 'broken' }] };
    expect(parseRunList(body).map((entry) => entry.id)).toEqual(['ok1']);
    expect(parseRunList({ error: 'nope' })).toEqual([]);
  });
});

describe('lessonVerdicts', () => {
  const verdicts = new Map([['memory', memoryVerdict]]);

  it('shows the latest measured verdict of each lesson, in the reader’s language', () => {
    const latest = latestFinishedByExperiment([run('m1', 'memory', 'finished', 1, memoryResult)]);
    expect(lessonVerdicts(['memory'], latest, verdicts, 'pt-BR')).toEqual([
      {
        lessonId: 'memory',
        state: 'measured',
        runId: 'm1',
        sentence: 'Aqui 3 processos filhos mudaram, cada um, só a sua cópia de x: o x do pai ficou em 0; 3 threads mudaram um x compartilhado para 15 (de 15 esperados).',
      },
    ]);
  });

  it('says "not measured" for a lesson without a finished run, never a made-up figure', () => {
    expect(lessonVerdicts(['memory', 'crash'], new Map(), verdicts, 'en')).toEqual([
      { lessonId: 'memory', state: 'notMeasured' },
      { lessonId: 'crash', state: 'notMeasured' },
    ]);
  });

  it('admits a measured run it cannot put in a sentence (no verdict.ts, or a result of another shape)', () => {
    const latest = latestFinishedByExperiment([run('c1', 'crash', 'finished', 1, { anything: 1 }), run('m1', 'memory', 'finished', 1, { odd: true })]);
    expect(lessonVerdicts(['crash', 'memory'], latest, verdicts, 'en')).toEqual([
      { lessonId: 'crash', state: 'measuredWithoutSentence', runId: 'c1' },
      { lessonId: 'memory', state: 'measuredWithoutSentence', runId: 'm1' },
    ]);
  });
});
