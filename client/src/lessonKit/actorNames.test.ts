import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { ptBR as pt } from '../i18n/ptBR.js';
import { actorName, namedWithPid } from './actorNames.js';

describe('actorName', () => {
  it('names the conventional ids in the reader’s language', () => {
    expect(actorName(en, 'child-2')).toBe('child 2');
    expect(actorName(pt, 'child-2')).toBe('filho 2');
    expect(actorName(en, 'proc-3', 'process 3')).toBe('process 3');
    expect(actorName(pt, 'proc-3', 'process 3')).toBe('processo 3');
    expect(actorName(en, 'thread-1')).toBe('thread 1');
  });

  it('names every process-with-threads the same way', () => {
    for (const id of ['threaded', 'racers', 'stepper']) expect(actorName(pt, id)).toBe(pt.actors.threaded);
  });

  it('keeps the server’s label for other ids, and only whole-id matches count', () => {
    expect(actorName(en, 'proc-1-2', 'process 2')).toBe('process 2');
    expect(actorName(en, 'cruncher', 'prime cruncher')).toBe('prime cruncher');
    expect(actorName(en, 'mystery')).toBe('mystery');
  });

  it('names the backend lesson’s actors by their server, in both languages', () => {
    const english = ['loadgen', 'pool', 'pool-thread-2', 'pool-restart', 'pool-restart-thread-1', 'cluster', 'cluster-worker-3', 'svc-front', 'svc-back'].map((id) => actorName(en, id, 'server label'));
    expect(english).toEqual([
      'load generator',
      'thread-pool server',
      'pool thread 2',
      'restarted thread-pool server',
      'thread 1 of the restarted pool',
      'cluster primary',
      'cluster worker 3',
      'service A (orders)',
      'service B (prices)',
    ]);
    expect(actorName(pt, 'cluster-worker-3')).toBe('worker 3 do cluster');
    expect(actorName(pt, 'pool-thread-2')).toBe('thread 2 do pool');
    expect(actorName(pt, 'loadgen')).toBe('gerador de carga');
    // Near misses are not backend actors.
    expect(actorName(en, 'cluster-worker-x', 'odd')).toBe('odd');
    expect(actorName(en, 'my-pool-thread-1')).toBe('my-pool-thread-1');
  });

  it('repeats the PID only for the backend’s request servers', () => {
    for (const id of ['pool-thread-1', 'pool-restart-thread-12', 'cluster-worker-3']) expect(namedWithPid(id), id).toBe(true);
    for (const id of ['pool', 'cluster', 'loadgen', 'child-1', 'thread-1', 'cluster-worker-']) expect(namedWithPid(id), id).toBe(false);
  });
});
