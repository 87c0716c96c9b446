/**
 * The run manager: accepts run requests, queues them fairly (fairQueue.ts),
 * starts one lab host per run on cores of its own (corePlan.ts: a run's whole
 * process group is pinned to cores no other run holds, so runs side by side
 * do not distort each other's timings), enforces the time limit, records
 * every event and where the run ran, and makes sure that when a run ends, for
 * whatever reason, its whole process group ends too.
 */
import { randomBytes } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { experiments, findExperiment, experimentIds, validateParams } from '../../shared/experiments.js';
import { isTerminalEvent, type EventBody, type LabEvent, type RunInfo, type RunStatus } from '../../shared/protocol.js';
import { createActorLedger, type ActorLedger } from '../lab/actorLedger.js';
import { monotonicNs } from '../lab/clock.js';
import { engineRefusal } from '../lab/nativeEngine.js';
import type { HostToServer } from '../lab/hostProtocol.js';
import { chooseCores, coresNeeded } from './corePlan.js';
import { createFairQueue } from './fairQueue.js';
import { pinGroup, startLabHost, type HostUser, type LabHost } from './labHostProcess.js';
import { defaultHostLimits } from './hostLimits.js';
import { endGroup, signalGroup } from './processGroup.js';
import type { RunArchive } from './runArchive.js';
import { announce, appendEvents, createRunRecord, LOCAL_OWNER, runInfo, setStatus, type RunRecord, type RunRequester } from './runRecord.js';
import { createRunLengths, estimateWaits } from './waitEstimate.js';

export type RunManagerOptions = {
  /**
   * Most lab hosts running at once, whatever the cores allow: runs paced by a
   * person hold no core, so this bounds them. Default: the number of cores + 8.
   */
  maxRunning?: number;
  /** Cores runs are pinned to, numbered 0…n-1. Default: the machine's (availableParallelism). */
  machineCores?: number;
  /** Pins a process and all its threads to cores (children started later inherit it). Default: taskset (labHostProcess.ts). */
  pin?: (pid: number, cores: number[]) => Promise<void>;
  /** Wall-clock limit of a hands-on student's run, even of an interactive lesson. Default 120,000 ms. */
  studentTimeLimitMs?: number;
  /** Refuses new runs (503) while the machine is short of memory or disk (machineHeadroom.ts); undefined: fine. */
  admission?: () => string | undefined;
  /** An ordinary user to run every lab host (and all it starts) as (--run-as); default: the server's own user. */
  runAs?: HostUser;
  /** Told whenever a run is queued, starts, moves in the queue or ends (hands-on state, class wall). */
  onRunChange?: (run: RunRecord) => void;
  /** Most runs waiting for a free slot; past it requests are refused (429). Default 32. Students' runs count apart: */
  maxQueued?: number;
  /** Most hands-on students' runs waiting (each student has at most their quota waiting). Default 1,000. */
  maxStudentsQueued?: number;
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

type HostSlot = {
  host: LabHost;
  ready: boolean;
  active?: ActiveRun;
  /** The last affinity change asked for; the next waits for it, so two tasksets never race and the last one asked wins. */
  pinning: Promise<void>;
};

type ActiveRun = {
  run: RunRecord;
  slot: HostSlot;
  ledger: ActorLedger;
  /** The cores it holds until it ends. */
  cores: number[];
  /** It measures the whole machine: nothing else runs beside it. */
  exclusive: boolean;
  /** Its host is pinned to them (or pinning failed and the run goes on, saying so). */
  pinned: boolean;
  startedAt: number;
  startNs?: bigint;
  timer?: NodeJS.Timeout;
  /** Set when the server itself ends the run (stop, timeout, shutdown, bad stream). */
  endedBy?: { status: RunStatus; error: string };
  pinDone?: boolean;
  sent?: boolean;
};

export type RunManager = ReturnType<typeof createRunManager>;

export function createRunManager(options: RunManagerOptions) {
  const machineCores = options.machineCores ?? availableParallelism();
  const maxRunning = options.maxRunning ?? machineCores + 8;
  const pin = options.pin ?? pinGroup;
  const studentTimeLimitMs = options.studentTimeLimitMs ?? 120_000;
  const maxQueued = options.maxQueued ?? 32;
  const maxStudentsQueued = options.maxStudentsQueued ?? 1_000;
  const timeLimitMs = options.timeLimitMs ?? 30_000;
  const graceMs = options.graceMs ?? 500;
  const maxRunsInMemory = options.maxRunsInMemory ?? 100;
  const log = options.log ?? (() => undefined);

  const runs = new Map<string, RunRecord>();
  const queue = createFairQueue<RunRecord>();
  const active = new Map<string, ActiveRun>();
  const busyCores = new Set<number>();
  const runLengths = createRunLengths(5_000);
  const changed = (run: RunRecord): void => options.onRunChange?.(run);
  // The longest a run may last (a lesson's own limit may exceed the server's) bounds the CPU-time backstop.
  const longestRunSeconds = Math.max(timeLimitMs / 1000, ...experiments.map((spec) => ('timeLimitSeconds' in spec ? spec.timeLimitSeconds : 0)));
  const hostLimits = defaultHostLimits(longestRunSeconds, machineCores);
  const liveHosts = new Set<HostSlot>();
  let spare: HostSlot | undefined;
  let lastSpareStart = 0;
  let shuttingDown = false;

  // ------------------------------------------------------------ hosts

  /** A new host, booted on `cpus` so that its start does not take time from a run on other cores. */
  function bootHost(cpus: number[]): HostSlot {
    const slot = {} as HostSlot;
    slot.ready = false;
    slot.host = startLabHost({
      heapLimitMb: options.hostHeapLimitMb ?? 256,
      limits: hostLimits,
      // Booted on them (taskset -c in front): it runs only there from its first instruction.
      cpus,
      ...(options.runAs ? { runAs: options.runAs } : {}),
      onMessage: (message) => onHostMessage(slot, message),
      onExit: (code, signal) => onHostExit(slot, code, signal),
      onStderr: (line) => log(`[lab host ${slot.host.pid}${slot.active ? ` run ${slot.active.run.id}` : ''}] ${line}`),
    });
    liveHosts.add(slot);
    // Booted unpinned (taskset missing: then this fails too, and the run says it was not pinned).
    slot.pinning = slot.host.bootCpus ? Promise.resolve() : pin(slot.host.pid, cpus);
    slot.pinning.catch(() => undefined);
    return slot;
  }

  function freeCores(): number[] {
    return Array.from({ length: machineCores }, (_, core) => core).filter((core) => !busyCores.has(core));
  }

  function refillSpare(): void {
    if (options.warmHost === false || shuttingDown || spare) return;
    // Booting takes a core for a moment: only on a free one, never beside a run's measurement.
    // When every core is held, the next run's end refills it.
    const free = freeCores();
    if (free.length === 0) return;
    // A host that dies at boot must not turn into a fork loop.
    const wait = lastSpareStart + 1000 - Date.now();
    if (wait > 0) {
      setTimeout(refillSpare, wait).unref();
      return;
    }
    lastSpareStart = Date.now();
    spare = bootHost(free);
  }

  function onHostMessage(slot: HostSlot, message: HostToServer): void {
    if (message.type === 'ready') {
      slot.ready = true;
      if (slot.active) sendStartWhenReady(slot.active);
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

  /** Starts the experiment once the host is booted and pinned to the run's cores, whichever comes last. */
  function sendStartWhenReady(current: ActiveRun): void {
    if (!current.slot.ready || !current.pinDone || current.sent || current.endedBy) return;
    current.sent = true;
    setStatus(current.run, 'running');
    changed(current.run);
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

  function launch(run: RunRecord, cores: number[], exclusive: boolean): void {
    let slot = spare;
    spare = undefined;
    if (!slot || slot.host.child.exitCode !== null) slot = bootHost(cores);
    for (const core of cores) busyCores.add(core);
    const current: ActiveRun = { run, slot, ledger: createActorLedger(), cores, exclusive, pinned: false, startedAt: Date.now() };
    slot.active = current;
    active.set(run.id, current);
    run.queue = undefined;
    // What it runs beside: the others in flight now, and (below) any that start before it ends.
    run.placement = { cores, alongside: active.size - 1, loadAtStart: roundLoad(loadavg()[0]) };
    for (const other of active.values()) {
      if (other !== current && other.run.placement) other.run.placement.alongside = Math.max(other.run.placement.alongside, active.size - 1);
    }
    // An interactive lesson (a person stepping threads by hand) may need longer than a measurement;
    // a hands-on student's run never holds its cores past the student limit.
    const lessonLimitMs = Math.max(timeLimitMs, (findExperiment(run.experiment)?.timeLimitSeconds ?? 0) * 1000);
    const limitMs = run.owner?.student ? Math.min(lessonLimitMs, Math.max(timeLimitMs, studentTimeLimitMs)) : lessonLimitMs;
    current.timer = setTimeout(() => {
      endRun(current, { status: 'failed', error: `time limit of ${limitMs / 1000} s reached: the run was ended` }, 'SIGTERM');
    }, limitMs);
    // Pinned before the experiment starts: every process and thread it makes inherits the cores.
    // A run paced by a person holds no core: it is not pinned, and says so.
    // (It may use any core: the spare it runs in was booted on whichever cores were free.)
    const allCores = Array.from({ length: machineCores }, (_, core) => core);
    const target = cores.length > 0 ? cores : allCores;
    // After the boot's own pinning (if still under way): the run's cores must be the last word.
    slot.pinning = slot.pinning.catch(() => undefined).then(() => pin(slot.host.pid, target));
    slot.pinning.then(
      () => {
        current.pinned = cores.length > 0;
      },
      (error: unknown) => {
        // The run goes on and says so: its placement records that the cores were reserved, not enforced.
        log(`run ${run.id}: could not pin its lab host to cores ${cores.join(',')}: ${error instanceof Error ? error.message : String(error)}`);
      },
    ).finally(() => {
      if (run.placement) run.placement.pinned = current.pinned;
      current.pinDone = true;
      sendStartWhenReady(current);
    });
    sendStartWhenReady(current);
    refillSpare();
  }

  function pump(): void {
    if (!shuttingDown) {
      for (;;) {
        let cores: number[] | undefined;
        const wholeMachineBusy = [...active.values()].some((current) => current.exclusive);
        const next = queue.takeNext(
          (entry) =>
            active.size < maxRunning &&
            // A whole-machine run (parallelism) starts alone and has nothing started beside it, not even a run that holds no core.
            !wholeMachineBusy &&
            (!entry.exclusive || active.size === 0) &&
            (cores = chooseCores(busyCores, entry.need, machineCores)) !== undefined,
          (entry) => entry.item.owner?.student !== true || runningOf(entry.owner) < studentMaxRunning(entry.item),
        );
        if (!next || !cores) break;
        launch(next.item, cores, next.exclusive === true);
      }
    }
    placeQueue();
  }

  /** Gives every queued run its place and estimated wait, and tells whoever follows it when they changed. */
  function placeQueue(): void {
    const ordered = queue.ordered();
    const now = Date.now();
    const waits = estimateWaits(
      [...active.values()].map((current) => ({
        cores: current.cores.length,
        remainingMs: Math.max(500, runLengths.expectedMs(current.run.experiment) - (now - current.startedAt)),
      })),
      ordered.map((entry) => ({ need: entry.need, expectedMs: runLengths.expectedMs(entry.item.experiment) })),
      machineCores,
    );
    ordered.forEach((entry, index) => {
      const place = { position: index + 1, estimatedWaitMs: waits[index] ?? 0 };
      const before = entry.item.queue;
      // Announced when the place changes or the estimate moves by a second or more, not on every jitter.
      if (before && before.position === place.position && Math.abs(before.estimatedWaitMs - place.estimatedWaitMs) < 1000) return;
      entry.item.queue = place;
      announce(entry.item);
      changed(entry.item);
    });
  }

  function runningOf(ownerKey: string): number {
    let count = 0;
    for (const current of active.values()) if (current.run.owner?.key === ownerKey) count += 1;
    return count;
  }

  function studentMaxRunning(run: RunRecord): number {
    return run.owner?.maxRunning ?? Number.POSITIVE_INFINITY;
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
    for (const core of current.cores) busyCores.delete(core);
    if (run.placement) run.placement.loadAtEnd = roundLoad(loadavg()[0]);
    if (current.sent && !current.endedBy) runLengths.observe(run.experiment, Date.now() - current.startedAt);
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
    changed(run);
    retire(run);
    pump();
    refillSpare();
  }

  function retire(run: RunRecord): void {
    void options.archive
      .save(run)
      .catch((error: unknown) => log(`could not archive run ${run.id}: ${String(error)}`))
      .finally(() => {
        const ended = [...runs.values()].filter((candidate) => !active.has(candidate.id) && !queue.has(candidate));
        for (const old of ended.slice(0, Math.max(0, ended.length - maxRunsInMemory))) runs.delete(old.id);
      });
  }

  refillSpare();

  // Queue estimates age as runs go on: refreshed every few seconds while anyone waits.
  const placeTimer = setInterval(() => {
    if (queue.size > 0) placeQueue();
  }, 2_000);
  placeTimer.unref();

  // ------------------------------------------------------------ public

  return {
    /**
     * Validates and queues a run. Nothing starts unless the answer is ok.
     * `requester`: who asks (default: the one user of a local lab); a student's
     * quota is checked before this (handsOn/), this only records it.
     */
    start(experimentId: unknown, rawParams: unknown, requester: RunRequester = { key: LOCAL_OWNER, presenter: false, student: false }): StartOutcome {
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
      const shortage = options.admission?.();
      if (shortage) return { ok: false, status: 503, error: shortage };
      // A hands-on class's students each wait with at most one run (their quota), so their runs are bounded by the
      // class, not by maxQueued: refusing them for a full queue would let whoever re-asks first take the place, not the fair queue.
      const waiting = requester.student ? queue.count((entry) => entry.item.owner?.student === true) : queue.count((entry) => entry.item.owner?.student !== true);
      if (waiting >= (requester.student ? maxStudentsQueued : maxQueued)) {
        return {
          ok: false,
          status: 429,
          error: `the lab is busy: ${active.size} runs are running and ${queue.size} are waiting, the most it accepts; try again in a few seconds`,
        };
      }
      const run = createRunRecord(`${Date.now().toString(36)}${randomBytes(4).toString('hex')}`, spec.id, checked.params);
      run.owner = { ...requester };
      runs.set(run.id, run);
      // On disk from its first moment: a crash of the server must not make it vanish
      // (the next server marks it failed; runArchive.ts).
      void options.archive.recordCreated(runInfo(run)).catch((error: unknown) => log(`could not record run ${run.id}: ${String(error)}`));
      const need = coresNeeded(spec, machineCores, checked.params);
      queue.push(run, { owner: requester.key, presenter: requester.presenter, need, exclusive: spec.cores === 'all' && need > 0 });
      changed(run);
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
      if (queue.remove(run)) {
        run.queue = undefined;
        appendEvents(run, [{ kind: 'run.failed', error: 'stopped before it started', run: run.id, seq: 0, t: 0 }]);
        setStatus(run, 'stopped', { error: 'stopped before it started' });
        changed(run);
        retire(run);
        // The runs behind it move up (and one may now fit).
        pump();
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
      return {
        running: active.size,
        queued: queue.size,
        maxRunning,
        maxQueued,
        timeLimitMs,
        cores: machineCores,
        busyCores: [...busyCores].sort((a, b) => a - b),
      };
    },

    /**
     * One requester's runs in flight and waiting (a student's quota counts
     * these), and about when the first of them will end (an estimate from
     * each lesson's typical length): when a refused student may try again.
     */
    countsOf(ownerKey: string): { running: number; queued: number; freeInMs?: number } {
      const now = Date.now();
      const ends: number[] = [];
      for (const current of active.values()) {
        if (current.run.owner?.key === ownerKey) ends.push(Math.max(500, runLengths.expectedMs(current.run.experiment) - (now - current.startedAt)));
      }
      if (ends.length === 0) {
        for (const entry of queue.ordered()) {
          if (entry.owner === ownerKey) ends.push((entry.item.queue?.estimatedWaitMs ?? 0) + runLengths.expectedMs(entry.item.experiment));
        }
      }
      const counts = { running: runningOf(ownerKey), queued: queue.countOf(ownerKey) };
      return ends.length > 0 ? { ...counts, freeInMs: Math.round(Math.min(...ends)) } : counts;
    },

    /** Pids of every lab host alive now (running or warm): for tests and health. */
    hostPids(): number[] {
      return [...liveHosts].map((slot) => slot.host.pid);
    },

    /** Ends every run and every host; resolves when all hosts have exited (or after the grace period, forced). */
    async shutdown(): Promise<void> {
      shuttingDown = true;
      clearInterval(placeTimer);
      for (const entry of queue.ordered()) this.stop(entry.item.id);
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

/** Load averages to two decimals: what a person reads, no false precision. */
function roundLoad(load: number | undefined): number {
  return Math.round((load ?? 0) * 100) / 100;
}
