/**
 * The run manager: accepts run requests, queues them, starts one lab host per
 * run (at most `maxRunning` at once), enforces the time limit, records every
 * event, and makes sure that when a run ends, for whatever reason, its whole
 * process group ends too.
 */
import { randomBytes } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { findExperiment, experimentIds, validateParams } from '../../shared/experiments.js';
import { isTerminalEvent, type EventBody, type LabEvent, type RunInfo, type RunStatus } from '../../shared/protocol.js';
import { createActorLedger, type ActorLedger } from '../lab/actorLedger.js';
import { monotonicNs } from '../lab/clock.js';
import { engineRefusal } from '../lab/nativeEngine.js';
import type { HostToServer } from '../lab/hostProtocol.js';
import { startLabHost, type LabHost } from './labHostProcess.js';
import { endGroup, signalGroup } from './processGroup.js';
import type { RunArchive } from './runArchive.js';
import { appendEvents, createRunRecord, runInfo, setStatus, type RunRecord } from './runRecord.js';

export type RunManagerOptions = {
  /** Most lab hosts running at once. Default: the number of cores. */
  maxRunning?: number;
  /** Most runs waiting for a free slot; past it requests are refused (429). Default 32. */
  maxQueued?: number;
  /** Wall-clock limit of one run, after which its group is killed. Default 30,000 ms. */
  timeLimitMs?: number;
  /** V8 heap limit of each lab host, MiB. Default 256. */
  hostHeapLimitMb?: number;
  /** Time between SIGTERM and SIGKILL when ending a group. Default 500 ms. */
  graceMs?: number;
  /** Ended runs whose logs stay in memory; older ones are read from the archive. Default 100. */
  maxRunsInMemory?: number;
  /** Keep one lab host booted and waiting, so a run's first event comes sooner. Default true. */
  warmHost?: boolean;
  archive: RunArchive;
  log?: (line: string) => void;
};

export type StartOutcome =
  | { ok: true; run: RunInfo }
  | { ok: false; status: 400 | 429 | 503; error: string };

type HostSlot = { host: LabHost; ready: boolean; active?: ActiveRun };

type ActiveRun = {
  run: RunRecord;
  slot: HostSlot;
  ledger: ActorLedger;
  startNs?: bigint;
  timer?: NodeJS.Timeout;
  /** Set when the server itself ends the run (stop, timeout, shutdown, bad stream). */
  endedBy?: { status: RunStatus; error: string };
};

export type RunManager = ReturnType<typeof createRunManager>;

export function createRunManager(options: RunManagerOptions) {
  const maxRunning = options.maxRunning ?? availableParallelism();
  const maxQueued = options.maxQueued ?? 32;
  const timeLimitMs = options.timeLimitMs ?? 30_000;
  const graceMs = options.graceMs ?? 500;
  const maxRunsInMemory = options.maxRunsInMemory ?? 100;
  const log = options.log ?? (() => undefined);

  const runs = new Map<string, RunRecord>();
  const queue: RunRecord[] = [];
  const active = new Map<string, ActiveRun>();
  const liveHosts = new Set<HostSlot>();
  let spare: HostSlot | undefined;
  let lastSpareStart = 0;
  let shuttingDown = false;

  // ------------------------------------------------------------ hosts

  function bootHost(): HostSlot {
    const slot = {} as HostSlot;
    slot.ready = false;
    slot.host = startLabHost({
      heapLimitMb: options.hostHeapLimitMb ?? 256,
      onMessage: (message) => onHostMessage(slot, message),
      onExit: (code, signal) => onHostExit(slot, code, signal),
      onStderr: (line) => log(`[lab host ${slot.host.pid}${slot.active ? ` run ${slot.active.run.id}` : ''}] ${line}`),
    });
    liveHosts.add(slot);
    return slot;
  }

  function refillSpare(): void {
    if (options.warmHost === false || shuttingDown || spare) return;
    // A host that dies at boot must not turn into a fork loop.
    const wait = lastSpareStart + 1000 - Date.now();
    if (wait > 0) {
      setTimeout(refillSpare, wait).unref();
      return;
    }
    lastSpareStart = Date.now();
    spare = bootHost();
  }

  function onHostMessage(slot: HostSlot, message: HostToServer): void {
    if (message.type === 'ready') {
      slot.ready = true;
      if (slot.active) sendStart(slot.active);
      return;
    }
    const current = slot.active;
    if (!current) return;
    if (message.type === 'started') {
      current.startNs = BigInt(message.startNs);
      return;
    }
    const problem = appendEvents(current.run, message.events);
    if (problem) {
      endRun(current, { status: 'failed', error: `the lab host sent a broken event stream (${problem})` }, 'SIGKILL');
      return;
    }
    for (const event of message.events) {
      current.ledger.observe(event);
      if (event.kind === 'run.finished') current.run.result = event.result;
    }
  }

  function sendStart(current: ActiveRun): void {
    setStatus(current.run, 'running');
    current.slot.host.send({ type: 'start', runId: current.run.id, experiment: current.run.experiment, params: current.run.params });
  }

  function onHostExit(slot: HostSlot, code: number | null, signal: NodeJS.Signals | null): void {
    liveHosts.delete(slot);
    // Whatever the host left behind goes with it.
    signalGroup(slot.host.groupId, 'SIGKILL');
    if (spare === slot) {
      spare = undefined;
      refillSpare();
    }
    const current = slot.active;
    if (current) finishRun(current, code, signal);
  }

  // ------------------------------------------------------------ lifecycle

  function launch(run: RunRecord): void {
    let slot = spare;
    spare = undefined;
    if (!slot || slot.host.child.exitCode !== null) slot = bootHost();
    const current: ActiveRun = { run, slot, ledger: createActorLedger() };
    slot.active = current;
    active.set(run.id, current);
    // An interactive lesson (a person stepping threads by hand) may need longer than a measurement.
    const limitMs = Math.max(timeLimitMs, (findExperiment(run.experiment)?.timeLimitSeconds ?? 0) * 1000);
    current.timer = setTimeout(() => {
      endRun(current, { status: 'failed', error: `time limit of ${limitMs / 1000} s reached: the run was ended` }, 'SIGTERM');
    }, limitMs);
    if (slot.ready) sendStart(current);
    refillSpare();
  }

  function pump(): void {
    while (!shuttingDown && active.size < maxRunning && queue.length > 0) {
      launch(queue.shift() as RunRecord);
    }
  }

  /** Ends a running run from the server's side; the host's exit then finishes it. */
  function endRun(current: ActiveRun, why: { status: RunStatus; error: string }, signal: 'SIGTERM' | 'SIGKILL'): void {
    if (current.endedBy) return;
    current.endedBy = why;
    if (signal === 'SIGKILL') signalGroup(current.slot.host.groupId, 'SIGKILL');
    else void endGroup(current.slot.host.groupId, graceMs);
  }

  /** Synthesizes what a dead host could not say, then records the end. */
  function finishRun(current: ActiveRun, code: number | null, signal: NodeJS.Signals | null): void {
    const { run } = current;
    clearTimeout(current.timer);
    active.delete(run.id);
    const last = run.events.at(-1);
    const hostEnd = signal ? `the lab host was killed by ${signal}` : `the lab host exited with code ${code}`;
    if (!last || !isTerminalEvent(last)) {
      const error = current.endedBy?.error ?? `${hostEnd} before the run finished`;
      const t = Math.max(last?.t ?? 0, current.startNs ? Number(monotonicNs() - current.startNs) : 0);
      const closing: EventBody[] = current.ledger.running().map((actor) =>
        actor === 'host'
          ? { kind: 'actor.exited', actor, code, signal, reason: current.endedBy ? error : hostEnd }
          : { kind: 'actor.exited', actor, code: null, signal: null, reason: 'process group ended with the run' },
      );
      closing.push({ kind: 'run.failed', error });
      appendEvents(
        run,
        closing.map((event, index) => ({ ...event, run: run.id, seq: run.events.length + index, t }) as LabEvent),
      );
    }
    const terminal = run.events.at(-1) as LabEvent;
    const status: RunStatus = current.endedBy?.status === 'stopped' ? 'stopped' : terminal.kind === 'run.finished' ? 'finished' : 'failed';
    setStatus(run, status, terminal.kind === 'run.failed' ? { error: terminal.error } : {});
    retire(run);
    pump();
  }

  function retire(run: RunRecord): void {
    void options.archive
      .save(run)
      .catch((error: unknown) => log(`could not archive run ${run.id}: ${String(error)}`))
      .finally(() => {
        const ended = [...runs.values()].filter((candidate) => !active.has(candidate.id) && !queue.includes(candidate));
        for (const old of ended.slice(0, Math.max(0, ended.length - maxRunsInMemory))) runs.delete(old.id);
      });
  }

  refillSpare();

  // ------------------------------------------------------------ public

  return {
    /** Validates and queues a run. Nothing starts unless the answer is ok. */
    start(experimentId: unknown, rawParams: unknown): StartOutcome {
      if (shuttingDown) return { ok: false, status: 503, error: 'the lab is shutting down; no new runs are accepted' };
      const spec = typeof experimentId === 'string' ? findExperiment(experimentId) : undefined;
      if (!spec) {
        const given = typeof experimentId === 'string' ? `"${experimentId.slice(0, 40)}"` : 'missing';
        return { ok: false, status: 400, error: `unknown experiment ${given}; known experiments: ${experimentIds.join(', ')}` };
      }
      const checked = validateParams(spec, rawParams);
      if (!checked.ok) return { ok: false, status: 400, error: checked.error };
      const engineProblem = engineRefusal(checked.params);
      if (engineProblem) return { ok: false, status: 400, error: engineProblem };
      if (active.size >= maxRunning && queue.length >= maxQueued) {
        return {
          ok: false,
          status: 429,
          error: `the lab is busy: ${active.size} runs are running and ${queue.length} are waiting, the most it accepts; try again in a few seconds`,
        };
      }
      const run = createRunRecord(`${Date.now().toString(36)}${randomBytes(4).toString('hex')}`, spec.id, checked.params);
      runs.set(run.id, run);
      // On disk from its first moment: a crash of the server must not make it vanish
      // (the next server marks it failed; runArchive.ts).
      void options.archive.recordCreated(runInfo(run)).catch((error: unknown) => log(`could not record run ${run.id}: ${String(error)}`));
      queue.push(run);
      pump();
      return { ok: true, run: runInfo(run) };
    },

    get(runId: string): RunRecord | undefined {
      return runs.get(runId);
    },

    /** Stops a queued or running run; resolves with its info, or undefined if unknown. */
    stop(runId: string): RunInfo | undefined {
      const run = runs.get(runId);
      if (!run) return undefined;
      const waiting = queue.indexOf(run);
      if (waiting >= 0) {
        queue.splice(waiting, 1);
        appendEvents(run, [{ kind: 'run.failed', error: 'stopped before it started', run: run.id, seq: 0, t: 0 }]);
        setStatus(run, 'stopped', { error: 'stopped before it started' });
        retire(run);
      }
      const current = active.get(runId);
      if (current) endRun(current, { status: 'stopped', error: 'stopped on request' }, 'SIGTERM');
      return runInfo(run);
    },

    /** Passes a person's input to a running interactive run; false if it is not running. */
    input(runId: string, input: string): boolean {
      const current = active.get(runId);
      if (!current || current.endedBy) return false;
      current.slot.host.send({ type: 'input', input });
      return true;
    },

    list(): RunInfo[] {
      return [...runs.values()].map(runInfo).reverse();
    },

    stats() {
      return { running: active.size, queued: queue.length, maxRunning, maxQueued, timeLimitMs };
    },

    /** Pids of every lab host alive now (running or warm): for tests and health. */
    hostPids(): number[] {
      return [...liveHosts].map((slot) => slot.host.pid);
    },

    /** Ends every run and every host; resolves when all hosts have exited (or after the grace period, forced). */
    async shutdown(): Promise<void> {
      shuttingDown = true;
      for (const run of [...queue]) this.stop(run.id);
      for (const current of active.values()) {
        endRun(current, { status: 'stopped', error: 'the server is shutting down' }, 'SIGTERM');
      }
      for (const slot of liveHosts) if (!slot.active) signalGroup(slot.host.groupId, 'SIGKILL');
      const deadline = Date.now() + graceMs + 1000;
      while (liveHosts.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      for (const slot of liveHosts) signalGroup(slot.host.groupId, 'SIGKILL');
    },
  };
}
