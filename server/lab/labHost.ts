/**
 * The lab host: one process per run, started by the server in a process group
 * of its own. It runs one experiment, streams its events to the server, and
 * ends. If the server goes away (its IPC channel closes) it ends its whole
 * group at once, so a crashed server leaves no experiment behind.
 */
import type { ParamValues } from '../../shared/experiments.js';
import { loadExperiment } from '../experiments/registry.js';
import { monotonicNs } from './clock.js';
import { createEventBus, type EventBus } from './eventBus.js';
import { serverToHostSchema, type HostToServer, type ServerToHost } from './hostProtocol.js';
import { currentThreadIds } from './procProbe.js';
import { childrenReaped, signalChildren } from './supervisor.js';

const HOST_ACTOR = 'host';

function sendToServer(message: HostToServer): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send || !process.connected) return resolve();
    process.send(message, undefined, undefined, () => resolve());
  });
}

/**
 * Ends every process of this host's group, then the host, without ever
 * waiting on anything that can block: only signals and timers. The host's own
 * exit is a SIGKILL to its group (itself included), never process.exit: Node's
 * exit joins libuv's thread pool, and one stuck call there (a FIFO open whose
 * peer is gone, before issue 12) kept a host alive under init for minutes.
 *
 * - Told to end (the server's SIGTERM to the group, or this host's
 *   parent-death signal): the host first reaps its children, so none is left
 *   a zombie, then sweeps the group.
 * - Server gone (IPC closed): nobody watches or reaps, so the group comes
 *   first: SIGTERM to all of it, a short grace, then SIGKILL to all of it.
 */
let ending = false;
async function endGroup(why: 'told to end' | 'server gone'): Promise<void> {
  if (ending) return;
  ending = true;
  if (why === 'server gone') {
    if (!signalOwnGroup('SIGTERM')) signalChildren('SIGTERM');
    await childrenReaped(SERVER_GONE_GRACE_MS);
  } else {
    signalChildren('SIGTERM');
    if ((await childrenReaped(400)) > 0) {
      signalChildren('SIGKILL');
      await childrenReaped(200);
    }
  }
  signalOwnGroup('SIGKILL');
  // Still here: not a group leader (started by hand, e.g. in a test).
  signalChildren('SIGKILL');
  process.kill(process.pid, 'SIGKILL');
}

/** How long the group gets to go after SIGTERM once the server is gone. */
const SERVER_GONE_GRACE_MS = 200;

/** Signals this host's whole group (the host too); false if it leads none. */
function signalOwnGroup(signal: NodeJS.Signals): boolean {
  try {
    process.kill(-process.pid, signal);
    return true;
  } catch {
    return false;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function finish(bus: EventBus, outcome: { result: Record<string, unknown> } | { error: string }): Promise<void> {
  bus.flushAll();
  // Being ended from outside (stop, time limit, server gone): what the
  // experiment saw after that is not a result. The server closes the log.
  if (ending) return new Promise(() => undefined);
  for (const actor of bus.ledger.running()) {
    if (actor === HOST_ACTOR) continue;
    bus.emit({ kind: 'actor.exited', actor, code: null, signal: null, reason: 'run ended' });
  }
  const failed = 'error' in outcome;
  bus.emit({ kind: 'actor.exited', actor: HOST_ACTOR, code: failed ? 1 : 0, signal: null, reason: failed ? 'run failed' : 'finished' });
  bus.emit(failed ? { kind: 'run.failed', error: outcome.error.slice(0, 500) } : { kind: 'run.finished', result: outcome.result });
  bus.close();
  await sendToServer({ type: 'events', events: [] });
}

async function runExperiment(start: Extract<ServerToHost, { type: 'start' }>): Promise<void> {
  const startNs = monotonicNs();
  await sendToServer({ type: 'started', startNs: startNs.toString() });
  let cutShort = false;
  const bus = createEventBus({
    runId: start.runId,
    startNs,
    ship: (events) => void sendToServer({ type: 'events', events }),
    onOverflow: () => {
      cutShort = true;
    },
    // Never expected (each source sends in t order); if it happens, the event stays out of the log and it is said here.
    onLate: (source, event) => process.stderr.write(`event of ${source} came after later ones were released, dropped: ${event.kind} t=${event.t}\n`),
  });
  const { pid, tid } = currentThreadIds();
  bus.emit({ kind: 'actor.started', actor: HOST_ACTOR, type: 'process', pid, tid, label: 'lab host' });
  try {
    const definition = await loadExperiment(start.experiment);
    const result = await definition.run({
      runId: start.runId,
      params: start.params as ParamValues,
      startNs,
      bus,
      hostActor: HOST_ACTOR,
      hostPid: pid,
      onInput: (handler) => inputHandlers.push(handler),
    });
    await finish(bus, cutShort ? { error: 'the run produced too many events and was cut short' } : { result });
  } catch (error) {
    await finish(bus, { error: errorText(error) });
  }
  process.exit(0);
}

let started = false;
const inputHandlers: ((input: string) => void)[] = [];
// The server is gone: nobody would watch or stop this run.
process.on('disconnect', () => void endGroup('server gone'));
// The server ends runs with SIGTERM to the whole group, and the kernel sends
// SIGTERM when the server dies (parent-death signal, see labHostProcess.ts);
// the host takes it as "reap your children, then go" instead of dying first.
process.on('SIGTERM', () => void endGroup('told to end'));
process.on('message', (raw) => {
  const parsed = serverToHostSchema.safeParse(raw);
  if (!parsed.success) return;
  if (parsed.data.type === 'input') {
    for (const handler of inputHandlers) handler(parsed.data.input);
    return;
  }
  if (started) return;
  started = true;
  void runExperiment(parsed.data);
});
void sendToServer({ type: 'ready', pid: process.pid });
