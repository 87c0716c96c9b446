import { describe, expect, it } from 'vitest';
import { formattersFor } from '../../i18n/format.js';
import { sceneAt } from '../../scene/sceneAt.js';
import { firstCrowding, parallelismCallouts } from './callouts.js';
import { recordedParallelismRun } from './fixtures.js';
import { configurations, timelineRows } from './stageModel.js';
import { text } from './text.js';

const words = { text: text.en, format: formattersFor('en') };
const events = recordedParallelismRun;
const indexOf = (predicate: (event: (typeof events)[number]) => boolean) => events.findIndex(predicate);

function calloutsAt(index: number, cores: number | undefined = 2) {
  const scene = sceneAt(events, index);
  const rows = timelineRows(configurations(3), events.slice(0, index + 1), scene, events[index]?.t ?? 0);
  return parallelismCallouts(rows, scene, cores, words);
}

describe('parallelismCallouts', () => {
  it('says nothing while the baseline runs', () => {
    expect(calloutsAt(2)).toEqual([]);
  });

  it('gives the baseline’s real duration once it ended, then each configuration against it', () => {
    const afterOneThread = indexOf((event) => event.kind === 'actor.exited' && event.actor === 'thread-1-1');
    expect(calloutsAt(afterOneThread).map((callout) => callout.text)).toEqual([
      'Baseline phase: 412 ms with one thread doing the whole job. Every split is compared with it.',
      '1 thread: 550 ms from the phase’s start to its last exit (baseline phase: 412 ms).',
    ]);
  });

  it('warns only when more units were alive at once than there are cores', () => {
    const spans = [
      { actorId: 'thread-3-1', fromMs: 10, toMs: 400, running: false },
      { actorId: 'thread-3-2', fromMs: 12, toMs: 0, running: true },
      { actorId: 'thread-3-3', fromMs: 30, toMs: 0, running: true },
    ];
    expect(firstCrowding(spans, 2)).toEqual({ atMs: 30, count: 3 });
    expect(firstCrowding(spans, 3)).toBeUndefined();
    // Here the first of 3 threads ended before the third started: never 3 at once, so no warning.
    const allThree = indexOf((event) => event.kind === 'actor.started' && event.actor === 'thread-3-2');
    expect(calloutsAt(allThree).some((callout) => callout.id.startsWith('crowded'))).toBe(false);
  });

  it('says how many units crowded the cores, when the core count is known', () => {
    const allThree = indexOf((event) => event.kind === 'actor.started' && event.actor === 'thread-3-2');
    expect(calloutsAt(allThree, 1).find((callout) => callout.id === 'crowded-threads-3')?.text).toBe(
      '2 units want a core but there are 1: at most 1 run at any moment; the kernel switches the others in and out (context switches), so each waits its turn.',
    );
    expect(calloutsAt(allThree, undefined).some((callout) => callout.id.startsWith('crowded'))).toBe(false);
  });

  it('ends with the measured best speedups', () => {
    expect(calloutsAt(events.length - 1).at(-1)?.text).toBe('Measured: best speedup 1.2× with 2 threads, 0.9× with 2 processes; 2 cores allow at most 2×.');
  });
});
