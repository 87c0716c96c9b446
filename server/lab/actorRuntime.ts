/**
 * What runs inside an actor of an experiment (a child process or a worker
 * thread): who am I, what time is it on the run's clock, and how my events
 * reach the lab host.
 *
 * Events are queued and sent in one message per turn of the event loop, so a
 * tight loop of writes costs one IPC message, not one per write.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { EventBody, TimedEventBody } from '../../shared/protocol.js';
import { sinceStart } from './clock.js';
import { ACTOR_ENV, type ActorEventsMessage } from './hostProtocol.js';
import { currentThreadIds } from './procProbe.js';

export type ActorIdentity = {
  actor: string;
  parent: string | undefined;
  label: string;
  startNs: bigint;
};

/** Data a worker is started with (workerData) so it knows who it is. */
export type WorkerIdentityData = { actor: string; parent: string; label: string; runStartNs: string };

export type ActorRuntime = ActorIdentity & {
  pid: number;
  tid: number;
  now(): number;
  emit(event: EventBody): void;
  /** Passes on an event timed elsewhere (by a worker this actor started). */
  accept(event: TimedEventBody): void;
  /** Sends queued events now; resolves when they were handed to the channel. */
  flush(): Promise<void>;
};

function identityFromEnvironment(): ActorIdentity {
  if (!isMainThread) {
    const data = workerData as { lab?: WorkerIdentityData };
    if (!data?.lab) throw new Error('worker started without its lab identity (workerData.lab)');
    return { actor: data.lab.actor, parent: data.lab.parent, label: data.lab.label, startNs: BigInt(data.lab.runStartNs) };
  }
  const startNs = process.env[ACTOR_ENV.runStartNs];
  const actor = process.env[ACTOR_ENV.actor];
  if (!startNs || !actor) throw new Error('child started without its lab identity (LAB_* environment)');
  return {
    actor,
    parent: process.env[ACTOR_ENV.parent] || undefined,
    label: process.env[ACTOR_ENV.label] ?? actor,
    startNs: BigInt(startNs),
  };
}

function send(message: ActorEventsMessage): Promise<void> {
  if (!isMainThread) {
    parentPort?.postMessage(message);
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    if (!process.send || !process.connected) return resolve();
    process.send(message, undefined, undefined, () => resolve());
  });
}

/**
 * Starts the runtime of this actor and emits its actor.started with the real
 * pid and tid. A child process also exits when its lab host goes away.
 */
export function startActorRuntime(): ActorRuntime {
  const identity = identityFromEnvironment();
  const { pid, tid } = currentThreadIds();
  let queue: TimedEventBody[] = [];
  let scheduled = false;

  const flush = (): Promise<void> => {
    scheduled = false;
    if (queue.length === 0) return Promise.resolve();
    const events = queue;
    queue = [];
    return send({ type: 'lab.events', events });
  };

  const runtime: ActorRuntime = {
    ...identity,
    pid,
    tid,
    now: () => sinceStart(identity.startNs),
    emit(event) {
      runtime.accept({ ...event, t: sinceStart(identity.startNs) } as TimedEventBody);
    },
    accept(event) {
      queue.push(event);
      if (!scheduled) {
        scheduled = true;
        setImmediate(() => void flush());
      }
    },
    flush,
  };

  if (isMainThread) {
    // Orphan rule: with the host gone, nobody would supervise or stop us.
    process.on('disconnect', () => process.exit(0));
  }

  runtime.emit({
    kind: 'actor.started',
    actor: identity.actor,
    type: isMainThread ? 'process' : 'thread',
    pid,
    tid,
    parent: identity.parent,
    label: identity.label,
  });
  return runtime;
}
