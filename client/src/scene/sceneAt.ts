/**
 * Scenes at any point of an event log, for playback and scrubbing.
 *
 * `sceneAt` is the definition (reduce from the start). `createSceneTimeline`
 * gives the same answers fast: it keeps a snapshot every N events, so a seek
 * reduces at most N-1 events from the nearest snapshot, and stepping forward
 * by one reduces one event. Snapshots are safe to keep because the reducer
 * never mutates a scene.
 */
import type { LabEvent } from '../../../shared/protocol.js';
import { reduceEvents } from './reduceEvent.js';
import { emptyScene, type Scene } from './types.js';

/**
 * The scene once events[0..index] (inclusive) have happened.
 * index -1 (or less) is the empty scene; an index past the end is clamped.
 */
export function sceneAt(events: readonly LabEvent[], index: number): Scene {
  const count = Math.max(0, Math.min(index + 1, events.length));
  return reduceEvents(emptyScene, events, 0, count);
}

export type SceneTimeline = {
  /** Same result as `sceneAt(events, index)`. `events` must only ever grow (append-only log). */
  at(events: readonly LabEvent[], index: number): Scene;
  /** How many snapshots are held (for tests and diagnostics). */
  snapshotCount(): number;
};

export type SceneTimelineOptions = {
  /** Keep a snapshot every this many events. Default 64: a seek costs at most 63 reductions. */
  snapshotEvery?: number;
};

export function createSceneTimeline(options: SceneTimelineOptions = {}): SceneTimeline {
  const every = Math.max(1, Math.floor(options.snapshotEvery ?? 64));
  /** snapshots[k] is the scene after the first k × every events. */
  let snapshots: Scene[] = [emptyScene];
  /** The first event the snapshots were built from: a different log resets the cache. */
  let firstEvent: LabEvent | undefined;
  /** The last answer, so step-by-step playback reduces one event per step. */
  let last: { count: number; scene: Scene } = { count: 0, scene: emptyScene };

  function resetIfOtherLog(events: readonly LabEvent[]): void {
    if (events[0] === firstEvent) return;
    firstEvent = events[0];
    snapshots = [emptyScene];
    last = { count: 0, scene: emptyScene };
  }

  return {
    at(events, index) {
      resetIfOtherLog(events);
      const count = Math.max(0, Math.min(index + 1, events.length));
      if (count === last.count) return last.scene;

      // Start from the closest known scene at or before `count`: the last answer or a snapshot.
      const snapshotIndex = Math.min(Math.floor(count / every), snapshots.length - 1);
      let scene = snapshots[snapshotIndex] ?? emptyScene;
      let applied = snapshotIndex * every;
      if (last.count <= count && last.count > applied) {
        scene = last.scene;
        applied = last.count;
      }
      while (applied < count) {
        const stop = Math.min(count, (Math.floor(applied / every) + 1) * every);
        scene = reduceEvents(scene, events, applied, stop);
        applied = stop;
        if (applied % every === 0 && applied / every === snapshots.length) snapshots.push(scene);
      }
      last = { count, scene };
      return scene;
    },
    snapshotCount: () => snapshots.length,
  };
}
