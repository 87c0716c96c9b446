/**
 * What runs inside an actor of an experiment (a child process or a worker
 * thread): who am I, what time is it on the run's clock, and how my events
 * reach the lab host.
 *
 * Events are queued and sent in one message per turn of the event loop, so a
 * tight loop of writes costs one IPC message, not one per write.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { TimedEventBody } from '../../shared/protocol.js';
import { sinceStart } from './clock.js';
import type { EventSink, SourceHandle } from './eventSink.js';
import { ACTOR_ENV, type ActorEventsMessage, type SourceEntry } from './hostProtocol.js';
import { currentThreadIds } from './procProbe.js';

export type ActorIdentity = {
  actor: string;
  parent: string | undefined;
  label: string;
  startNs: bigint;
};

/** Data a worker is started with (workerData) so it knows who it is. */
export type WorkerIdentityData = { actor: string; parent: string; label: string; runStartNs: string };

export type ActorRuntime = ActorIdentity &
  EventSink & {
    pid: number;
    tid: number;
    now(): number;
    /**
     * An event of this actor that it timed itself a moment ago (runtime.now()),
     * e.g. between a load and a compare-and-swap. Its t must not be below the
     * t of any event this actor emitted before: an actor's events come in order.
     */
    emitTimed(event: TimedEventBody): void;
    /** Sends queued events now; resolves when they were handed to the channel. */
    flush(): Promise<void>;
    /**
     * Sends queued events and a progress mark now, from inside a long loop that
     * keeps the event loop from turning: the host waits for every source before
     * it orders past it, so a busy actor calls this every few milliseconds.
     */
    mark(): void;
    /** This actor will send no more events (its exit is its supervisor's to report). */
    end(): Promise<void>;
  };

/** An idle actor says where its clock is at least this often, so the host need not wait for it. */
const IDLE_MARK_MS = 20;
/** A busy actor's mark() sends at most this often. */
const MARK_MIN_MS = 5;

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
  const now = () => sinceStart(identity.startNs);
  let queue: TimedEventBody[] = [];
  let sources: SourceEntry[] = [];
  let scheduled = false;
  let ended = false;
  let lastSentMs = 0;

  const sendNow = (end?: true): Promise<void> => {
    scheduled = false;
    if (ended) return Promise.resolve();
    if (end) ended = true;
    const message: ActorEventsMessage = { type: 'lab.events', events: queue, mark: now() };
    if (sources.length > 0) message.sources = sources;
    if (end) message.end = true;
    queue = [];
    sources = [];
    lastSentMs = performance.now();
    return send(message);
  };
  const flush = (): Promise<void> => (queue.length === 0 && sources.length === 0 ? Promise.resolve() : sendNow());
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => void flush());
  };

  const subSource = (id: string): SourceHandle => ({
    accept(event) {
      sources.push({ id, message: { type: 'lab.events', events: [event] } });
      schedule();
    },
    mark(t) {
      sources.push({ id, message: { type: 'lab.events', events: [], mark: t } });
      schedule();
    },
    relay(message) {
      sources.push({ id, message });
      schedule();
    },
    openSource(childId) {
      // No lesson starts a source from inside a child's worker; say so rather than lose its order.
      throw new Error(`${id}/${childId}: an actor's sources cannot open sources of their own`);
    },
    close() {
      sources.push({ id, closed: true });
      schedule();
    },
  });

  const runtime: ActorRuntime = {
    ...identity,
    pid,
    tid,
    now,
    emit(event) {
      runtime.emitTimed({ ...event, t: now() } as TimedEventBody);
    },
    emitTimed(event) {
      if (ended) return;
      queue.push(event);
      schedule();
    },
    openSource(id) {
      sources.push({ id, floor: now() });
      schedule();
      return subSource(id);
    },
    flush,
    mark() {
      // Often enough for the host's order, seldom enough to cost nothing a loop would notice.
      if (performance.now() - lastSentMs >= MARK_MIN_MS) void sendNow();
    },
    end: () => sendNow(true),
  };

  if (isMainThread) {
    // Orphan rule: with the host gone, nobody would supervise or stop us.
    process.on('disconnect', () => process.exit(0));
  }
  // Unref'd: an idle mark never keeps an actor alive.
  setInterval(() => {
    if (!ended && performance.now() - lastSentMs >= IDLE_MARK_MS) void sendNow();
  }, IDLE_MARK_MS).unref();

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
