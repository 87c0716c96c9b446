/**
 * The story round as the stage sees it: which units exist (from the run's
 * parameters, so empty slots wait as outlines), and for each unit that has
 * appeared, how long after its phase began it was ready. Pure.
 *
 * The server starts the story's units as actors thread-1-k (inside the
 * process "thread-host") and proc-1-k; a unit's actor.started is sent when it
 * reports ready, so its time minus the phase's start is its time to ready.
 */
import type { LabEvent } from '../../../../shared/protocol.js';
import type { ActorState, Scene } from '../../scene/types.js';
import { niceCeiling } from '../../lessonParts/scale.js';

export const THREAD_HOST = 'thread-host';
export const THREADS_PHASE = 'threads';
export const PROCESSES_PHASE = 'processes';

export type UnitKind = 'thread' | 'process';
export type StoryUnit = {
  actorId: string;
  kind: UnitKind;
  /** 1-based position, as in the actor id. */
  n: number;
  actor: ActorState | undefined;
  /** ms from the phase's start to ready; undefined until the unit appeared. */
  readyMs: number | undefined;
};

export const storyActorId = (kind: UnitKind, n: number): string => `${kind === 'thread' ? 'thread' : 'proc'}-1-${n}`;

/** Units to make room for: the run's `units` parameter, or more if more showed up. */
export function unitCount(params: Readonly<Record<string, unknown>> | undefined, scene: Scene): number {
  const asked = typeof params?.units === 'number' ? params.units : 0;
  const seen = scene.actorOrder.map((id) => Number(/^(?:thread|proc)-1-(\d+)$/.exec(id)?.[1] ?? 0));
  return Math.max(asked, ...seen, 0);
}

export function phaseStart(events: readonly LabEvent[], name: string): number | undefined {
  return events.find((event) => event.kind === 'phase' && event.name === name)?.t;
}

function unitsOf(kind: UnitKind, count: number, scene: Scene, start: number | undefined): StoryUnit[] {
  return Array.from({ length: count }, (_, index) => {
    const actorId = storyActorId(kind, index + 1);
    const actor = scene.actors[actorId];
    const readyMs = actor && start !== undefined ? (actor.startedAt - start) / 1e6 : undefined;
    return { actorId, kind, n: index + 1, actor, readyMs };
  });
}

export type Story = { threads: StoryUnit[]; processes: StoryUnit[] };

/** The story's units at this point of playback (`events` is the whole log: phase starts come from it). */
export function storyAt(events: readonly LabEvent[], scene: Scene, count: number): Story {
  return {
    threads: unitsOf('thread', count, scene, phaseStart(events, THREADS_PHASE)),
    processes: unitsOf('process', count, scene, phaseStart(events, PROCESSES_PHASE)),
  };
}

/**
 * The stopwatch's full scale (ms): the slowest story unit in the whole log,
 * so the scale is fixed from the first frame and marks never jump.
 */
export function rulerMaxMs(events: readonly LabEvent[]): number {
  const starts = { thread: phaseStart(events, THREADS_PHASE), process: phaseStart(events, PROCESSES_PHASE) };
  let slowest = 0;
  for (const event of events) {
    if (event.kind !== 'actor.started') continue;
    const kind = /^thread-1-\d+$/.test(event.actor) ? 'thread' : /^proc-1-\d+$/.test(event.actor) ? 'process' : undefined;
    const start = kind ? starts[kind] : undefined;
    if (start !== undefined) slowest = Math.max(slowest, (event.t - start) / 1e6);
  }
  return niceCeiling(slowest > 0 ? slowest * 1.08 : 500);
}
