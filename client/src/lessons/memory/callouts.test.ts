import { describe, expect, it } from 'vitest';
import { longStageNotes, STAGE_NOTE_MAX_WORDS } from '../../i18n/sentenceSources.js';
import type { LabEvent } from '../../../../shared/protocol.js';
import { en } from '../../i18n/en.js';
import { formattersFor } from '../../i18n/format.js';
import { recordedMemoryRun } from '../../scene/fixtures/memoryRun.js';
import { sceneAt } from '../../scene/sceneAt.js';
import { latestIn, memoryCallouts } from './callouts.js';
import { text } from './text.js';

const words = { text: text.en, t: en, format: formattersFor('en') };
const calloutsAt = (index: number) => memoryCallouts(sceneAt(recordedMemoryRun, index), words);
const seqOf = (predicate: (event: (typeof recordedMemoryRun)[number]) => boolean) => recordedMemoryRun.findIndex(predicate);

describe('memoryCallouts', () => {
  it('says nothing before anything happened', () => {
    expect(calloutsAt(5)).toEqual([]);
  });

  it('explains that a child changed only its own copy, naming its PID', () => {
    const firstIncrement = seqOf((event) => event.kind === 'memory.write' && event.actor === 'child-3' && event.value === 1);
    expect(calloutsAt(firstIncrement).map((callout) => callout.text)).toEqual([
      'child 3 (PID 5738) changed only its own copy (x = 1): parent still 0.',
    ]);
  });

  it('notes the parent reading its own x', () => {
    const read = seqOf((event) => event.kind === 'memory.read' && event.actor === 'host');
    expect(latestIn(calloutsAt(read), 'processes')?.text).toBe('The parent read its own x: still 0. No child could reach it.');
  });

  it('counts the threads that wrote one cell, then checks the total at the end', () => {
    const lastThreadWrite = seqOf((event) => event.kind === 'memory.read' && event.actor === 'threaded') - 1;
    expect(latestIn(calloutsAt(lastThreadWrite), 'threads')?.text).toBe('3 threads wrote to one cell: 15.');
    expect(latestIn(calloutsAt(recordedMemoryRun.length - 1), 'threads')?.text).toBe(
      '15 = 3 threads × 5 increments: no update was lost (atomic increments).',
    );
  });

  it('sums up many children in one callout', () => {
    const events: LabEvent[] = [
      { run: 'r', seq: 0, t: 0, kind: 'actor.started', actor: 'host', type: 'process', pid: 10, tid: 10, label: 'lab host' },
      { run: 'r', seq: 1, t: 1, kind: 'memory.write', actor: 'host', space: 10, cell: 'x', value: 0 },
    ];
    for (let n = 1; n <= 5; n += 1) {
      const actor = `child-${n}`;
      events.push({ run: 'r', seq: events.length, t: events.length, kind: 'actor.started', actor, type: 'process', pid: 10 + n, tid: 10 + n, parent: 'host', label: `child ${n}` });
      for (const value of [0, 1]) events.push({ run: 'r', seq: events.length, t: events.length, kind: 'memory.write', actor, space: 10 + n, cell: 'x', value });
    }
    expect(memoryCallouts(sceneAt(events, events.length - 1), words).map((callout) => callout.text)).toEqual([
      '5 children each changed only their own copy of x: parent still 0.',
    ]);
  });

  it('reports a failed run', () => {
    const failed = [...recordedMemoryRun.slice(0, 10), { run: 'r', seq: 10, t: 1, kind: 'run.failed' as const, error: 'lab host died' }];
    expect(latestIn(memoryCallouts(sceneAt(failed, 10), words), 'run')?.text).toBe('The run failed: lab host died');
  });
});

describe('memory stage notes are short enough to read as they go by (issue 14)', () => {
  it(`has no note over ${STAGE_NOTE_MAX_WORDS.en} words in English or ${STAGE_NOTE_MAX_WORDS['pt-BR']} in Portuguese in its recorded runs (the verdict, which stays up, aside)`, () => {
    expect(longStageNotes('memory')).toEqual([]);
  });
});
