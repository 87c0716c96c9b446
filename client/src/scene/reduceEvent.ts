/**
 * The pure scene reducer: (scene, event) → next scene.
 *
 * It follows the protocol, not one experiment's script: any run's events can
 * be replayed through it. One exhaustive switch over `event.kind`; adding a
 * kind to shared/protocol.ts makes this file fail to compile until handled.
 * Changes go through a SceneDraft, so replaying a whole log copies each
 * container once per batch instead of once per event (see sceneDraft.ts).
 */
import type { EventOf, LabEvent } from '../../../shared/protocol.js';
import { SceneDraft } from './sceneDraft.js';
import type { Scene } from './types.js';

/** Returns the scene after `event`. Never mutates `scene`. */
export function reduceEvent(scene: Scene, event: LabEvent): Scene {
  const draft = new SceneDraft(scene);
  apply(draft, event);
  return draft.finish();
}

/** Applies events[from..to) in order, starting from `scene`. Never mutates `scene`. */
export function reduceEvents(scene: Scene, events: readonly LabEvent[], from = 0, to = events.length): Scene {
  if (to <= from) return scene;
  const draft = new SceneDraft(scene);
  for (let index = from; index < to; index += 1) {
    const event = events[index];
    if (event) apply(draft, event);
  }
  return draft.finish();
}

function apply(draft: SceneDraft, event: LabEvent): void {
  draft.applied(event);
  switch (event.kind) {
    case 'actor.started':
      return startActor(draft, event);
    case 'actor.exited':
      return exitActor(draft, event);
    case 'memory.write':
      return writeCell(draft, event);
    case 'memory.read':
      return readCell(draft, event);
    case 'message.sent':
      return sendMessage(draft, event);
    case 'message.received':
      return receiveMessage(draft, event);
    case 'message.lost':
      // Whether it was still in flight or already received, no answer will come: it leaves the wire.
      if (draft.message(event.msg)) draft.deleteMessage(event.msg);
      if (!draft.actor(event.actor)) draft.noteAnomaly(`seq ${event.seq}: event for unknown actor "${event.actor}"`);
      return;
    case 'phase':
      return draft.setPhase(event.name);
    case 'actor.heartbeat': {
      const actor = draft.actor(event.actor);
      if (!actor) return draft.noteAnomaly(`seq ${event.seq}: event for unknown actor "${event.actor}"`);
      return draft.setActor({ ...actor, heartbeats: actor.heartbeats + 1 });
    }
    case 'fault.injected': {
      const actor = draft.actor(event.actor);
      if (!actor) return draft.noteAnomaly(`seq ${event.seq}: event for unknown actor "${event.actor}"`);
      return draft.setActor({ ...actor, faults: [...actor.faults, event.fault] });
    }
    case 'order.waited':
      // About the log, not the stage: the event log says it in words.
      return;
    case 'run.finished':
      return draft.setTerminal({ state: 'finished', result: event.result, t: event.t });
    case 'run.failed':
      return draft.setTerminal({ state: 'failed', error: event.error, t: event.t });
    default: {
      const unhandled: never = event;
      return draft.noteAnomaly(`unknown event kind in ${JSON.stringify(unhandled).slice(0, 80)}`);
    }
  }
}

function startActor(draft: SceneDraft, event: EventOf<'actor.started'>): void {
  if (draft.actor(event.actor)) return draft.noteAnomaly(`seq ${event.seq}: "${event.actor}" started twice`);
  draft.setActor({
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
  });
  draft.appendActorOrder(event.actor);
  // A process owns one address space, named by its pid. Threads live in their process's space.
  if (event.type === 'process') draft.ownSpace(event.pid).owner = event.actor;
}

function exitActor(draft: SceneDraft, event: EventOf<'actor.exited'>): void {
  const actor = draft.actor(event.actor);
  if (!actor) return draft.noteAnomaly(`seq ${event.seq}: "${event.actor}" exited but never started`);
  if (actor.exit) return draft.noteAnomaly(`seq ${event.seq}: "${event.actor}" exited twice`);
  draft.setActor({ ...actor, exit: { code: event.code, signal: event.signal, reason: event.reason, t: event.t } });
}

function writeCell(draft: SceneDraft, event: EventOf<'memory.write'>): void {
  const cell = draft.ownCell(event.space, event.cell);
  if (cell) {
    cell.value = event.value;
    cell.lastWriter = event.actor;
    cell.lastWriteAt = event.t;
    cell.writeCount += 1;
    if (!cell.writers.includes(event.actor)) cell.writers = [...cell.writers, event.actor];
  } else {
    draft.addCell(event.space, {
      name: event.cell,
      value: event.value,
      lastWriter: event.actor,
      lastWriteAt: event.t,
      writeCount: 1,
      writers: [event.actor],
      lastReader: undefined,
      lastReadAt: undefined,
    });
  }
  if (!draft.actor(event.actor)) draft.noteAnomaly(`seq ${event.seq}: write by unknown actor "${event.actor}"`);
}

/**
 * A read records who looked, and what they saw. What they saw is the truth
 * at that moment, so it becomes the cell's value: writes of concurrent
 * threads are ordered by their timestamps, which are taken just after each
 * write, so two close writes can be listed in the opposite order to the one
 * memory saw them in (e.g. ...8000, 7999). That is not a broken log, so it is
 * not an anomaly; the read settles the value.
 */
function readCell(draft: SceneDraft, event: EventOf<'memory.read'>): void {
  if (!draft.space(event.space)?.cells[event.cell]) return;
  const cell = draft.ownCell(event.space, event.cell);
  if (!cell) return;
  cell.value = event.value;
  cell.lastReader = event.actor;
  cell.lastReadAt = event.t;
}

function sendMessage(draft: SceneDraft, event: EventOf<'message.sent'>): void {
  if (draft.message(event.msg)) return draft.noteAnomaly(`seq ${event.seq}: message "${event.msg}" sent twice`);
  draft.setMessage({ msg: event.msg, from: event.actor, to: event.peer, channel: event.channel, bytes: event.bytes, sentAt: event.t });
}

function receiveMessage(draft: SceneDraft, event: EventOf<'message.received'>): void {
  if (!draft.message(event.msg)) return draft.noteAnomaly(`seq ${event.seq}: message "${event.msg}" received but never sent`);
  draft.deleteMessage(event.msg);
}
