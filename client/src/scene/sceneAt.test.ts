import { describe, expect, it } from 'vitest';
import type { LabEvent } from '../../../shared/protocol.js';
import { recordedMemoryRun } from './fixtures/memoryRun.js';
import { createSceneTimeline, sceneAt } from './sceneAt.js';
import { emptyScene } from './types.js';

function writes(count: number): LabEvent[] {
  const start: LabEvent = { run: 'r', seq: 0, t: 0, kind: 'actor.started', actor: 'a', type: 'process', pid: 7, tid: 7, label: 'a' };
  const rest = Array.from({ length: count - 1 }, (_, index): LabEvent => ({
    run: 'r',
    seq: index + 1,
    t: (index + 1) * 10,
    kind: 'memory.write',
    actor: 'a',
    space: 7,
    cell: 'x',
    value: index + 1,
  }));
  return [start, ...rest];
}

describe('sceneAt', () => {
  it('is the empty scene before the first event and clamps past the end', () => {
    expect(sceneAt(recordedMemoryRun, -1)).toBe(emptyScene);
    expect(sceneAt(recordedMemoryRun, 10_000).eventCount).toBe(recordedMemoryRun.length);
  });
});

describe('createSceneTimeline', () => {
  it('gives the same scene as reducing from the start, in any seek order', () => {
    const timeline = createSceneTimeline({ snapshotEvery: 8 });
    const order = [67, 3, 40, 41, 42, 0, -1, 66, 12, 12, 13, 65];
    for (const index of order) {
      expect(timeline.at(recordedMemoryRun, index)).toEqual(sceneAt(recordedMemoryRun, index));
    }
  });

  it('keeps one snapshot per N events it has seen', () => {
    const events = writes(1000);
    const timeline = createSceneTimeline({ snapshotEvery: 100 });
    timeline.at(events, 999);
    expect(timeline.snapshotCount()).toBe(11);
    expect(timeline.at(events, 555).spaces[7]?.cells.x?.value).toBe(555);
  });

  it('follows a growing log without rebuilding', () => {
    const all = writes(300);
    const timeline = createSceneTimeline({ snapshotEvery: 50 });
    const firstPart = all.slice(0, 120);
    expect(timeline.at(firstPart, 119).eventCount).toBe(120);
    expect(timeline.at(all, 299).spaces[7]?.cells.x?.value).toBe(299);
    expect(timeline.at(all, 10).eventCount).toBe(11);
  });

  it('resets when given a different log', () => {
    const timeline = createSceneTimeline({ snapshotEvery: 4 });
    timeline.at(writes(40), 39);
    expect(timeline.at(recordedMemoryRun, 5)).toEqual(sceneAt(recordedMemoryRun, 5));
  });
});
