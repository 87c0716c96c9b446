/**
 * The pure scene reducer: (scene, event) → next scene.
 *
 * It follows the protocol, not one experiment's script: any run's events can
 * be replayed through it. One exhaustive switch over `event.kind`; adding a
 * kind to shared/protocol.ts makes this file fail to compile until handled.
 */
import type { EventOf, LabEvent } from '../../../shared/protocol.js';
import type { ActorState, AddressSpace, CellState, Scene } from './types.js';

/** Returns the scene after `event`. Never mutates `scene`. */
export function reduceEvent(scene: Scene, event: LabEvent): Scene {
  const base: Scene = { ...scene, lastEvent: event, eventCount: scene.eventCount + 1 };
  switch (event.kind) {
    case 'actor.started':
      return startActor(base, event);
    case 'actor.exited':
      return exitActor(base, event);
    case 'memory.write':
      return writeCell(base, event);
    case 'memory.read':
      return readCell(base, event);
    case 'message.sent':
      return sendMessage(base, event);
    case 'message.received':
      return receiveMessage(base, event);
    case 'phase':
      return { ...base, phase: event.name };
    case 'actor.heartbeat':
      return updateActor(base, event.actor, event, (actor) => ({ ...actor, heartbeats: actor.heartbeats + 1 }));
    case 'fault.injected':
      return updateActor(base, event.actor, event, (actor) => ({ ...actor, faults: [...actor.faults, event.fault] }));
    case 'run.finished':
      return { ...base, terminal: { state: 'finished', result: event.result, t: event.t } };
    case 'run.failed':
      return { ...base, terminal: { state: 'failed', error: event.error, t: event.t } };
    default: {
      const unhandled: never = event;
      return noteAnomaly(base, `unknown event kind in ${JSON.stringify(unhandled).slice(0, 80)}`);
    }
  }
}

/** Applies events in order, starting from `scene`. */
export function reduceEvents(scene: Scene, events: readonly LabEvent[], from = 0, to = events.length): Scene {
  let current = scene;
  for (let index = from; index < to; index += 1) {
    const event = events[index];
    if (event) current = reduceEvent(current, event);
  }
  return current;
}

function noteAnomaly(scene: Scene, text: string): Scene {
  return { ...scene, anomalies: [...scene.anomalies, text] };
}

function startActor(scene: Scene, event: EventOf<'actor.started'>): Scene {
  if (scene.actors[event.actor]) return noteAnomaly(scene, `seq ${event.seq}: "${event.actor}" started twice`);
  const actor: ActorState = {
    id: event.actor,
    type: event.type,
    pid: event.pid,
    tid: event.tid,
    parent: event.parent,
    label: event.label,
    startedAt: event.t,
    exit: undefined,
    heartbeats: 0,
    faults: [],
  };
  const next: Scene = {
    ...scene,
    actors: { ...scene.actors, [event.actor]: actor },
    actorOrder: [...scene.actorOrder, event.actor],
  };
  // A process owns one address space, named by its pid. Threads live in their process's space.
  if (event.type !== 'process') return next;
  const existing = scene.spaces[event.pid];
  const space: AddressSpace = { pid: event.pid, owner: event.actor, cells: existing?.cells ?? {} };
  return { ...next, spaces: { ...scene.spaces, [event.pid]: space } };
}

function exitActor(scene: Scene, event: EventOf<'actor.exited'>): Scene {
  const actor = scene.actors[event.actor];
  if (!actor) return noteAnomaly(scene, `seq ${event.seq}: "${event.actor}" exited but never started`);
  if (actor.exit) return noteAnomaly(scene, `seq ${event.seq}: "${event.actor}" exited twice`);
  const exit = { code: event.code, signal: event.signal, reason: event.reason, t: event.t };
  return { ...scene, actors: { ...scene.actors, [event.actor]: { ...actor, exit } } };
}

function updateActor(
  scene: Scene,
  actorId: string,
  event: LabEvent,
  change: (actor: ActorState) => ActorState,
): Scene {
  const actor = scene.actors[actorId];
  if (!actor) return noteAnomaly(scene, `seq ${event.seq}: event for unknown actor "${actorId}"`);
  return { ...scene, actors: { ...scene.actors, [actorId]: change(actor) } };
}

function withSpace(scene: Scene, pid: number): AddressSpace {
  return scene.spaces[pid] ?? { pid, owner: undefined, cells: {} };
}

function writeCell(scene: Scene, event: EventOf<'memory.write'>): Scene {
  const space = withSpace(scene, event.space);
  const previous = space.cells[event.cell];
  const writers = previous?.writers ?? [];
  const cell: CellState = {
    name: event.cell,
    value: event.value,
    lastWriter: event.actor,
    lastWriteAt: event.t,
    writeCount: (previous?.writeCount ?? 0) + 1,
    writers: writers.includes(event.actor) ? writers : [...writers, event.actor],
    lastReader: previous?.lastReader,
    lastReadAt: previous?.lastReadAt,
  };
  const spaces = { ...scene.spaces, [event.space]: { ...space, cells: { ...space.cells, [event.cell]: cell } } };
  const next = { ...scene, spaces };
  return scene.actors[event.actor] ? next : noteAnomaly(next, `seq ${event.seq}: write by unknown actor "${event.actor}"`);
}

/**
 * A read records who looked, and what they saw. What they saw is the truth
 * at that moment, so it becomes the cell's value: writes of concurrent
 * threads are ordered by their timestamps, which are taken just after each
 * write, so two close writes can be listed in the opposite order to the one
 * memory saw them in (e.g. ...8000, 7999). That is not a broken log, so it is
 * not an anomaly; the read settles the value.
 */
function readCell(scene: Scene, event: EventOf<'memory.read'>): Scene {
  const space = scene.spaces[event.space];
  const cell = space?.cells[event.cell];
  if (!space || !cell) return scene;
  const seen = { ...cell, value: event.value, lastReader: event.actor, lastReadAt: event.t };
  return { ...scene, spaces: { ...scene.spaces, [event.space]: { ...space, cells: { ...space.cells, [event.cell]: seen } } } };
}

function sendMessage(scene: Scene, event: EventOf<'message.sent'>): Scene {
  if (scene.messages[event.msg]) return noteAnomaly(scene, `seq ${event.seq}: message "${event.msg}" sent twice`);
  const message = { msg: event.msg, from: event.actor, to: event.peer, channel: event.channel, bytes: event.bytes, sentAt: event.t };
  return { ...scene, messages: { ...scene.messages, [event.msg]: message } };
}

function receiveMessage(scene: Scene, event: EventOf<'message.received'>): Scene {
  if (!scene.messages[event.msg]) return noteAnomaly(scene, `seq ${event.seq}: message "${event.msg}" received but never sent`);
  const { [event.msg]: _received, ...stillInFlight } = scene.messages;
  return { ...scene, messages: stillInFlight };
}
