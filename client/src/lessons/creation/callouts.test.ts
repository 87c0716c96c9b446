import { describe, expect, it } from 'vitest';
import { longStageNotes, STAGE_NOTE_MAX_WORDS } from '../../i18n/sentenceSources.js';
import { en } from '../../i18n/en.js';
import { formattersFor } from '../../i18n/format.js';
import { sceneAt } from '../../scene/sceneAt.js';
import { creationCallouts } from './callouts.js';
import { recordedCreationRun } from './fixtures.js';
import { storyAt } from './storyModel.js';
import { text } from './text.js';

const words = { text: text.en, t: en, format: formattersFor('en') };
const events = recordedCreationRun;
const seqOf = (predicate: (event: (typeof events)[number]) => boolean) => events.findIndex(predicate);

function textsAt(index: number): string[] {
  const scene = sceneAt(events, index);
  return creationCallouts(scene, storyAt(events, scene, 4), words).map((callout) => callout.text);
}

describe('creationCallouts', () => {
  it('says nothing before a unit is ready', () => {
    expect(textsAt(2)).toEqual([]);
  });

  it('names the first thread with its TID, its real time to ready and its process', () => {
    const first = seqOf((event) => event.kind === 'actor.started' && event.actor === 'thread-1-2');
    expect(textsAt(first)).toEqual(['thread 2 (TID 19564): ready after 580 ms inside PID 19533 — no new process.']);
  });

  it('sums up the threads and the processes once all are ready, then compares the story', () => {
    const lastProcess = seqOf((event) => event.kind === 'actor.started' && event.actor === 'proc-1-3');
    expect(textsAt(lastProcess)).toEqual([
      'thread 2 (TID 19564): ready after 580 ms inside PID 19533 — no new process.',
      'All 4 threads ready within 648 ms, all inside PID 19533.',
      'process 2: ready after 917 ms, own PID 19578 — a whole new Node booted.',
      'All 4 processes ready within 948 ms: 4 new PIDs, 4 new address spaces.',
      'The round shown: every thread ready within 648 ms, every process within 948 ms.',
    ]);
  });

  it('adds the measured medians at the end, and why the story round is left out', () => {
    expect(textsAt(events.length - 1).slice(-2)).toEqual([
      'Median time to ready, 16 units of each kind: thread 160 ms, process 281 ms.',
      'The round shown is left out of these figures: it pays one-time costs.',
    ]);
  });

  it('reports a failed run', () => {
    const failed = [...events.slice(0, 8), { run: 'r', seq: 8, t: 1e9, kind: 'run.failed' as const, error: 'lab host died' }];
    const scene = sceneAt(failed, 8);
    expect(creationCallouts(scene, storyAt(failed, scene, 4), words).at(-1)?.text).toBe('The run failed: lab host died');
  });
});

describe('creation stage notes are short enough to read as they go by (issue 14)', () => {
  it(`has no note over ${STAGE_NOTE_MAX_WORDS.en} words in English or ${STAGE_NOTE_MAX_WORDS['pt-BR']} in Portuguese in its recorded runs (the verdict, which stays up, aside)`, () => {
    expect(longStageNotes('creation')).toEqual([]);
  });
});
