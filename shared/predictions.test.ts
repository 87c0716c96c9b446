import { describe, expect, it } from 'vitest';
import { recordedResult as recordedBackend } from '../client/src/lessons/backend/fixtures.js';
import { comparePrediction, measure, whichLostMore, type Measurement } from './predictions.js';
import { backend, communication, crash, creation, memory, parallelism, race } from './resultFixtures.js';

const answerOf = (measurement: Measurement | undefined) => measurement?.answer;

describe('measure', () => {
  it('memory: did the parent’s x change?', () => {
    expect(measure('memory', memory(0))).toMatchObject({ answer: 'unchanged', parentX: 0, children: 2, childX: 5 });
    expect(answerOf(measure('memory', memory(5)))).toBe('changes');
  });

  it('creation: the ratio lands in a bucket on a log scale', () => {
    expect(measure('creation', creation(40_000, 176_000))).toMatchObject({ answer: 'x5', threadMs: 40, processMs: 176 });
    expect(answerOf(measure('creation', creation(40_000, 60_000)))).toBe('x2');
    expect(answerOf(measure('creation', creation(40_000, 44_000)))).toBe('same');
    expect(answerOf(measure('creation', creation(40_000, 500_000)))).toBe('x10');
    expect(answerOf(measure('creation', creation(40_000, 20_000)))).toBe('processes-faster');
  });

  it('crash: do the sibling threads survive?', () => {
    expect(answerOf(measure('crash', crash(0, 3)))).toBe('siblings-die');
    expect(measure('crash', crash(3, 3, 'exception'))).toMatchObject({ answer: 'siblings-survive', fault: 'exception', alive: 3, total: 3 });
  });

  it('race: always, sometimes or never', () => {
    expect(answerOf(measure('race', race(5, 5)))).toBe('always');
    expect(answerOf(measure('race', race(2, 5)))).toBe('sometimes');
    expect(answerOf(measure('race', race(0, 5)))).toBe('never');
    expect(measure('race', { mode: 'step', pid: 1, x: 1, expected: 2, lost: 1, steps: 6, nodeNotes: [] })).toMatchObject({ answer: 'sometimes', also: ['always'] });
  });

  it('parallelism: the speedup at 4 threads, or at the most threads run', () => {
    expect(measure('parallelism', parallelism([[1, 1], [2, 1.9], [3, 1.9], [4, 1.95]]))).toMatchObject({ answer: 'x2', n: 4, speedup: 1.95, cores: 2 });
    expect(measure('parallelism', parallelism([[1, 1], [2, 1.2]]))).toMatchObject({ answer: 'x1', n: 2 });
    expect(answerOf(measure('parallelism', parallelism([[4, 3.8], [8, 7]])))).toBe('x4');
  });

  it('communication: process over thread ratio, or nothing when a side was not run', () => {
    expect(measure('communication', communication(1.9))).toMatchObject({ answer: 'x2', channel: 'pipe' });
    expect(answerOf(measure('communication', communication(12)))).toBe('x10');
    expect(measure('communication', communication(null))).toBeUndefined();
  });

  it('backend: which side lost more requests when one worker of each crashed', () => {
    // The recorded run: the pool lost 54 of 267, the cluster 2 of 258.
    expect(measure('backend', recordedBackend)).toEqual({
      lesson: 'backend',
      answer: 'pool-loses-more',
      signal: 'SIGSEGV',
      poolFailed: 54,
      poolTotal: 267,
      clusterFailed: 2,
      clusterTotal: 258,
    });
    expect(answerOf(measure('backend', backend(2, 30)))).toBe('cluster-loses-more');
    expect(answerOf(measure('backend', backend(10, 9)))).toBe('same');
    // A pool that exited with a code instead of a signal is named by the injected fault.
    expect(measure('backend', backend(40, 1, null))).toMatchObject({ answer: 'pool-loses-more', signal: 'SIGSEGV' });
  });

  it('backend: a run without the fault does not answer the question', () => {
    expect(measure('backend', { ...recordedBackend, fault: null })).toBeUndefined();
    expect(measure('backend', memory(0))).toBeUndefined();
  });

  it('backend: a difference of one request, or of a fifth of the larger count, is "about the same"', () => {
    expect(whichLostMore(0, 0)).toBe('same');
    expect(whichLostMore(1, 0)).toBe('same');
    expect(whichLostMore(2, 0)).toBe('pool-loses-more');
    expect(whichLostMore(0, 2)).toBe('cluster-loses-more');
    expect(whichLostMore(50, 41)).toBe('same');
    expect(whichLostMore(50, 39)).toBe('pool-loses-more');
  });

  it('refuses results of another shape', () => {
    expect(measure('memory', { nope: true })).toBeUndefined();
    expect(measure('creation', memory(0))).toBeUndefined();
    expect(measure('race', undefined)).toBeUndefined();
  });
});

describe('comparePrediction', () => {
  it('matches, comes close on a scale, or misses', () => {
    const fiveTimes = measure('creation', creation(40_000, 176_000));
    if (!fiveTimes) throw new Error('must measure');
    expect(comparePrediction('creation', 'x5', fiveTimes)).toBe('match');
    expect(comparePrediction('creation', 'x10', fiveTimes)).toBe('close');
    expect(comparePrediction('creation', 'x2', fiveTimes)).toBe('close');
    expect(comparePrediction('creation', 'same', fiveTimes)).toBe('miss');
    expect(comparePrediction('creation', 'garbage', fiveTimes)).toBe('miss');
  });

  it('has no “close” for yes/no questions', () => {
    const unchanged = measure('memory', memory(0));
    if (!unchanged) throw new Error('must measure');
    expect(comparePrediction('memory', 'unchanged', unchanged)).toBe('match');
    expect(comparePrediction('memory', 'changes', unchanged)).toBe('miss');
  });

  it('has no “close” for which backend side lost more', () => {
    const poolMore = measure('backend', recordedBackend);
    if (!poolMore) throw new Error('must measure');
    expect(comparePrediction('backend', 'pool-loses-more', poolMore)).toBe('match');
    expect(comparePrediction('backend', 'same', poolMore)).toBe('miss');
    expect(comparePrediction('backend', 'cluster-loses-more', poolMore)).toBe('miss');
  });

  it('accepts either “always” or “sometimes” for a single stepped race that lost updates', () => {
    const stepped = measure('race', { mode: 'step', pid: 1, x: 1, expected: 2, lost: 1, steps: 6, nodeNotes: [] });
    if (!stepped) throw new Error('must measure');
    expect(comparePrediction('race', 'always', stepped)).toBe('match');
    expect(comparePrediction('race', 'never', stepped)).toBe('close');
  });
});
