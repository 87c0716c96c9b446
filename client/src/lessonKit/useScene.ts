/**
 * The scene at the playhead. Re-renders when the current event changes (not
 * on every animation frame); scenes come from a per-run timeline cache so
 * scrubbing re-reduces at most a few dozen events.
 */
import { useMemo } from 'react';
import type { LabEvent } from '../../../shared/protocol.js';
import { createSceneTimeline, type SceneTimeline } from '../scene/sceneAt.js';
import type { Scene } from '../scene/types.js';
import { selectIndex, useClock } from '../store/useClock.js';

const timelines = new Map<string, SceneTimeline>();
/** Scene caches kept at most; a class switching between a few runs keeps them warm, old ones are dropped. */
const MAX_TIMELINES = 8;

function timelineFor(runId: string): SceneTimeline {
  let timeline = timelines.get(runId);
  if (!timeline) {
    timeline = createSceneTimeline();
    timelines.set(runId, timeline);
    const oldest = timelines.keys().next().value;
    if (timelines.size > MAX_TIMELINES && oldest !== undefined) timelines.delete(oldest);
  }
  return timeline;
}

const noEvents: readonly LabEvent[] = [];

export type SceneAt = (index: number) => Scene;

/**
 * The scene at the playhead, its index, and `sceneAt` for any other event of
 * the same run (the reading holds look one event ahead), from the same cache.
 */
export function useScene(runId: string | undefined, events: readonly LabEvent[] = noEvents): { scene: Scene; index: number; sceneAt: SceneAt } {
  const index = useClock(selectIndex);
  const sceneAt = useMemo<SceneAt>(() => (at) => timelineFor(runId ?? '').at(events, at), [runId, events]);
  const scene = useMemo(() => sceneAt(index), [sceneAt, index]);
  return { scene, index, sceneAt };
}
