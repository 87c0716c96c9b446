/**
 * The comparison table's "common use / backend" row, wired as the page wires
 * it (the real catalog, lesson folders and verdict files): it shows the
 * newest finished backend run's own figures, and nothing measured otherwise.
 */
import { describe, expect, it } from 'vitest';
import { experiments } from '../../../shared/experiments.js';
import type { RunInfo } from '../../../shared/protocol.js';
import { recordedResult } from '../lessons/backend/fixtures.js';
import { hasLesson } from '../lessons/registry.js';
import { comparisonRows, lessonsForRow } from './comparisonRows.js';
import { latestFinishedByExperiment } from './measuredRuns.js';
import { lessonVerdicts } from './rowVerdicts.js';
import { verdictFunctions } from './verdictModules.js';

const useRow = comparisonRows.find((row) => row.id === 'use');

function run(id: string, status: RunInfo['status'], createdAt: number, result?: Record<string, unknown>): RunInfo {
  return { id, experiment: 'backend', params: {}, status, createdAt, eventCount: 10, ...(result ? { result } : {}) };
}

/** The row's cell for the backend lesson (the row also shows parallelism's). */
function useRowVerdicts(runs: RunInfo[], language: 'en' | 'pt-BR' = 'en') {
  if (!useRow) throw new Error('no "use" row');
  const verdicts = lessonVerdicts(lessonsForRow(useRow, experiments, hasLesson), latestFinishedByExperiment(runs), verdictFunctions, language);
  return verdicts.filter((verdict) => verdict.lessonId === 'backend');
}

describe('the "common use / backend" row', () => {
  it('links the backend lesson, whose verdict file is found', () => {
    if (!useRow) throw new Error('no "use" row');
    expect(lessonsForRow(useRow, experiments, hasLesson)).toContain('backend');
    expect(verdictFunctions.has('backend')).toBe(true);
  });

  it('shows the newest finished backend run’s lost requests, not a newer run that failed or still runs', () => {
    const runs = [run('running', 'running', 30), run('failed', 'failed', 20), run('done', 'finished', 10, recordedResult), run('older', 'finished', 5, { ...recordedResult, fault: null })];
    const [verdict] = useRowVerdicts(runs);
    expect(verdict).toMatchObject({ lessonId: 'backend', state: 'measured', runId: 'done' });
    const sentence = verdict?.state === 'measured' ? verdict.sentence : '';
    // The figures, whatever the verdict's wording (the backend lesson owns it): this run's 54 of 267, not another run's.
    expect(sentence).toMatch(/thread pool lost 54 of (the )?267 requests/);
    expect(sentence).toContain('the cluster lost 2 of 258');
    const [portuguese] = useRowVerdicts(runs, 'pt-BR');
    expect(portuguese?.state === 'measured' ? portuguese.sentence : '').toMatch(/pool de threads perdeu 54 d(e|as) 267 requisições/);
  });

  it('speaks of no lost requests when the newest run injected no fault', () => {
    const [verdict] = useRowVerdicts([run('with-fault', 'finished', 1, recordedResult), run('no-fault', 'finished', 2, { ...recordedResult, fault: null })]);
    expect(verdict).toMatchObject({ state: 'measured', runId: 'no-fault' });
    const sentence = verdict?.state === 'measured' ? verdict.sentence : '';
    expect(sentence).toMatch(/^Under the same load the thread pool answered 793 req\/s/);
    expect(sentence).not.toMatch(/lost|54/);
  });

  it('never shows a figure without a finished run, nor one it cannot read', () => {
    expect(useRowVerdicts([])).toEqual([{ lessonId: 'backend', state: 'notMeasured' }]);
    expect(useRowVerdicts([run('stopped', 'stopped', 1, recordedResult)])).toEqual([{ lessonId: 'backend', state: 'notMeasured' }]);
    expect(useRowVerdicts([run('odd', 'finished', 1, { pool: 'not a result' })])).toEqual([{ lessonId: 'backend', state: 'measuredWithoutSentence', runId: 'odd' }]);
  });
});
