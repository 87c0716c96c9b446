import { describe, expect, it } from 'vitest';
import { longStageNotes, STAGE_NOTE_MAX_WORDS } from '../../i18n/sentenceSources.js';
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
      'Baseline: one thread did the whole job in 412 ms. Every split is compared with it.',
      '1 thread: 550 ms from start to last exit (baseline: 412 ms).',
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
      '2 units, 1 core: at most 1 runs at once; the others take turns (context switches).',
    );
    expect(calloutsAt(allThree, undefined).some((callout) => callout.id.startsWith('crowded'))).toBe(false);
  });

  it('one core is singular in both languages (it said "there are 1: at most 1 run")', () => {
    expect(text.en.callouts.moreThanCores({ units: '2', cores: '1' })).toBe('2 units, 1 core: at most 1 runs at once; the others take turns (context switches).');
    expect(text['pt-BR'].callouts.moreThanCores({ units: '2', cores: '1' })).toBe('2 unidades, 1 núcleo: no máximo 1 roda por vez; as outras se revezam (trocas de contexto).');
    expect(text['pt-BR'].callouts.moreThanCores({ units: '3', cores: '2' })).toBe('3 unidades, 2 núcleos: no máximo 2 rodam por vez; as outras se revezam (trocas de contexto).');
    expect(text.en.callouts.measured({ threadSpeedup: '1', threads: '1 thread', processSpeedup: '1', processes: '1 process', cores: '1' })).toBe('Best speedup: 1× with 1 thread, 1× with 1 process; 1 core allows at most 1×.');
  });

  it('ends with the measured best speedups', () => {
    expect(calloutsAt(events.length - 1).at(-1)?.text).toBe('Best speedup: 1.2× with 2 threads, 0.9× with 2 processes; 2 cores allow at most 2×.');
  });
});

describe('parallelism stage notes are short enough to read as they go by (issue 14)', () => {
  it(`has no note over ${STAGE_NOTE_MAX_WORDS.en} words in English or ${STAGE_NOTE_MAX_WORDS['pt-BR']} in Portuguese in its recorded runs (the verdict, which stays up, aside)`, () => {
    expect(longStageNotes('parallelism')).toEqual([]);
  });
});
