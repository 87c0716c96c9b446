/**
 * Starts actors (child processes and worker threads) and supervises them: it
 * relays their events, and when one ends it emits the actor.exited that only a
 * supervisor can know, with the real exit code and signal.
 *
 * A process that dies takes its threads with it; the supervisor says so for
 * each of them ("process died"), because a dead thread cannot speak.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import type { ActorLedger } from './actorLedger.js';
import type { WorkerIdentityData } from './actorRuntime.js';
import type { EventSink, SourceHandle } from './eventSink.js';
import { ACTOR_ENV, actorEventsMessageSchema } from './hostProtocol.js';

export type { EventSink } from './eventSink.js';

export type ExitInfo = { code: number | null; signal: string | null };

export type ActorSpec = {
  actor: string;
  label: string;
  /** The process actor that starts (or, for a worker, contains) this one. */
  parent: string;
  /** The compiled entry file. */
  entry: URL;
};

export type ProcessActor = {
  actor: string;
  child: ChildProcess;
  /** Messages other than events, e.g. a child's report of its final values. */
  onMessage(handler: (message: unknown) => void): void;
  send(message: unknown): void;
  /** Resolves once the process ended and every event it sent was relayed. */
  exited: Promise<ExitInfo>;
};

/** Child processes started here that have not been reaped yet. */
const liveChildren = new Set<ChildProcess>();

/**
 * Resolves when every child process started here has exited and been
 * reaped, or after `withinMs`, whichever comes first. A parent that dies
 * before reaping its children leaves zombies for init to collect.
 */
export async function childrenReaped(withinMs: number): Promise<number> {
  const deadline = Date.now() + withinMs;
  while (liveChildren.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  return liveChildren.size;
}

/**
 * Counts a child process started elsewhere (the native engine's program) among
 * the ones the host signals and waits for when it ends.
 */
export function trackChild(child: ChildProcess): void {
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
}

/** Sends a signal to every child process started here that is still alive. */
export function signalChildren(signal: NodeJS.Signals): void {
  for (const child of liveChildren) child.kill(signal);
}

/** Describes how an actor ended, in words. */
export function exitReason(exit: ExitInfo): string {
  if (exit.signal) return `killed by ${exit.signal}`;
  return exit.code === 0 ? 'finished' : `exited with code ${exit.code}`;
}

/** Passes an actor's events message on to its source; false for any other message. */
export function relayEvents(source: SourceHandle, message: unknown): boolean {
  // Cheap test first: lessons time their own messages through this same
  // channel, and a failed zod parse (which builds an error) costs microseconds.
  if ((message as { type?: unknown } | null)?.type !== 'lab.events') return false;
  const parsed = actorEventsMessageSchema.safeParse(message);
  if (!parsed.success) return false;
  source.relay(parsed.data);
  return true;
}

/**
 * Forks a child process actor. The child calls startActorRuntime() to emit
 * its own actor.started; this side emits its actor.exited.
 */
export function forkProcessActor(
  sink: EventSink & { ledger?: ActorLedger },
  spec: ActorSpec & { startNs: bigint; execArgv?: string[]; args?: string[]; serialization?: 'json' | 'advanced' },
): ProcessActor {
  // Opened before the fork: everything the child times comes after this floor.
  const source = sink.openSource(spec.actor);
  const child = fork(spec.entry, spec.args ?? [], {
    env: {
      ...process.env,
      [ACTOR_ENV.runStartNs]: spec.startNs.toString(),
      [ACTOR_ENV.actor]: spec.actor,
      [ACTOR_ENV.parent]: spec.parent,
      [ACTOR_ENV.label]: spec.label,
    },
    execArgv: spec.execArgv ?? ['--max-old-space-size=128'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: spec.serialization ?? 'json',
  });
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
  const handlers: ((message: unknown) => void)[] = [];
  child.on('message', (message) => {
    if (relayEvents(source, message)) return;
    for (const handler of handlers) handler(message);
  });
  // A send to a child that just died fails with EPIPE; its exit is reported
  // below, so the error itself carries no news.
  child.on('error', () => undefined);

  // 'exit' can come before the last IPC messages were read; 'disconnect'
  // comes after the channel was drained. Report the end only when both happened.
  const exited = new Promise<ExitInfo>((resolve) => {
    let exit: ExitInfo | undefined;
    let disconnected = !child.connected;
    const finish = (): void => {
      if (!exit || !disconnected) return;
      // Drained: nothing more can come from the child or its threads.
      source.close();
      for (const thread of sink.ledger?.runningThreadsOf(spec.actor) ?? []) {
        sink.emit({ kind: 'actor.exited', actor: thread, code: exit.code, signal: exit.signal, reason: 'process died' });
      }
      sink.emit({ kind: 'actor.exited', actor: spec.actor, code: exit.code, signal: exit.signal, reason: exitReason(exit) });
      resolve(exit);
    };
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      finish();
    });
    child.once('disconnect', () => {
      disconnected = true;
      finish();
    });
  });

  return {
    actor: spec.actor,
    child,
    onMessage: (handler) => handlers.push(handler),
    send(message) {
      if (child.connected) child.send(message as Parameters<ChildProcess['send']>[0]);
    },
    exited,
  };
}

export type ThreadActor = {
  actor: string;
  worker: Worker;
  onMessage(handler: (message: unknown) => void): void;
  exited: Promise<ExitInfo & { error?: string }>;
};

/**
 * Starts a worker thread actor inside the calling process. The worker calls
 * startActorRuntime() (it reads its identity from workerData.lab).
 */
export function startThreadActor(
  sink: EventSink,
  spec: ActorSpec & { startNs: bigint; workerData?: Record<string, unknown>; resourceLimits?: Worker['resourceLimits'] },
): ThreadActor {
  const lab: WorkerIdentityData = {
    actor: spec.actor,
    parent: spec.parent,
    label: spec.label,
    runStartNs: spec.startNs.toString(),
  };
  const source = sink.openSource(spec.actor);
  const worker = new Worker(spec.entry, {
    workerData: { ...spec.workerData, lab },
    ...(spec.resourceLimits ? { resourceLimits: spec.resourceLimits } : {}),
  });
  const handlers: ((message: unknown) => void)[] = [];
  worker.on('message', (message) => {
    if (relayEvents(source, message)) return;
    for (const handler of handlers) handler(message);
  });
  const exited = new Promise<ExitInfo & { error?: string }>((resolve) => {
    let error: string | undefined;
    // Without an 'error' listener an uncaught exception in the worker would be
    // re-thrown in this thread and end the whole process.
    worker.on('error', (cause) => {
      error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    });
    worker.once('exit', (code) => {
      const reason = error ? `uncaught exception (${error})` : code === 0 ? 'finished' : `exited with code ${code}`;
      // Its port was drained before 'exit': nothing more will come from it.
      source.close();
      sink.emit({ kind: 'actor.exited', actor: spec.actor, code, signal: null, reason });
      resolve(error ? { code, signal: null, error } : { code, signal: null });
    });
  });
  return { actor: spec.actor, worker, onMessage: (handler) => handlers.push(handler), exited };
}
