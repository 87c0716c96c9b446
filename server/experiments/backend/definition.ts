/**
 * Lesson "backend": processes and threads where the seeds put them, in a
 * real HTTP service on loopback under a real load generator.
 *
 * 1. pool: one process whose worker threads serve the requests.
 * 2. cluster: a node:cluster primary whose worker processes serve them.
 *    Each: a few story requests (drawn), then a measured batch (silent).
 * 3. fault: both at once under steady load; one request makes the worker
 *    that serves it send itself SIGSEGV. The pool process dies whole (the
 *    host restarts it, as a process manager would); the cluster loses one
 *    worker and its primary starts a replacement.
 * 4. microservices: service A calls service B over HTTP, and the same work
 *    in-process, to time the network hop.
 */
import { availableParallelism } from 'node:os';
import type { BackendResult } from '../../../shared/results/backend.js';
import { forkProcessActor, type ProcessActor } from '../../lab/supervisor.js';
import { entryBeside, type ExperimentDefinition, type LabContext } from '../types.js';
import { faultBins, faultSide, measuredSide, summaryOf, type WorkerIdentity } from './analysis.js';
import { inboxOf, type Inbox } from './channel.js';
import { JOB_PRIMES_BELOW } from './cpuJob.js';
import { childrenOf, createLedger, tappedSink, waitUntil, type BackendLedger } from './ledger.js';
import { endCommand, hopsReportSchema, loadReportSchema, serverReadySchema, type Side } from './messages.js';

type BackendParams = { workers: number; requests: number; concurrency: number; fault: 'sigsegv' | 'none' };

/** Requests drawn on the stage per architecture before the silent measured batch. */
const STORY_REQUESTS = 24;
/** Each load slot sends at most one story request per this many ms. */
const STORY_PACE_MS = 40;
const MICROSERVICE_HOPS = 300;
const STORY_HOPS = 3;
/** The fault phase: how long the steady load lasts at least, when the fault request goes, and the chart's bin. */
const FAULT_WINDOW_MS = 1_600;
const FAULT_AT_MS = 400;
/** The window stretches until both sides came back (a busy machine boots Node slowly), but never past this. */
const MAX_FAULT_WINDOW_MS = 8_000;
const BIN_MS = 100;
/** Each load slot sends at most one request per this many ms per slot: about 200 requests a second per side. */
const PACE_MS_PER_SLOT = 5;
const BOOT_MS = 15_000;

type Fleet = { sink: ReturnType<typeof tappedSink>; ledger: BackendLedger; children: ProcessActor[] };

function start(context: LabContext, fleet: Fleet, actor: string, label: string, file: string, args: string[]): { child: ProcessActor; inbox: Inbox } {
  const child = forkProcessActor(fleet.sink, { actor, label, parent: context.hostActor, entry: entryBeside(import.meta.url, file), startNs: context.startNs, args });
  fleet.children.push(child);
  return { child, inbox: inboxOf(child) };
}

function identities(ledger: BackendLedger, actors: readonly string[]): WorkerIdentity[] {
  return actors.map((actor) => ({ actor, pid: ledger.started.get(actor)?.pid ?? 0, tid: ledger.started.get(actor)?.tid ?? 0 }));
}

export const definition: ExperimentDefinition = {
  id: 'backend',
  async run(context) {
    const params = context.params as BackendParams;
    const ledger = createLedger();
    const fleet: Fleet = { sink: tappedSink(context, ledger), ledger, children: [] };
    try {
      return await runPhases(context, params, fleet);
    } finally {
      // Every process ends when the run ends, also when a phase failed.
      for (const child of fleet.children) child.send(endCommand);
      await Promise.race([Promise.all(fleet.children.map((child) => child.exited)), new Promise((resolve) => setTimeout(resolve, 3_000))]);
      for (const child of fleet.children) if (child.child.exitCode === null && child.child.signalCode === null) child.child.kill('SIGKILL');
    }
  },
};

async function runPhases(context: LabContext, params: BackendParams, fleet: Fleet): Promise<BackendResult> {
  const { bus } = context;
  const { ledger } = fleet;
  bus.emit({ kind: 'phase', name: 'start' });
  const pool = start(context, fleet, 'pool', 'thread-pool server', './poolProcess.js', [String(params.workers), '0']);
  const cluster = start(context, fleet, 'cluster', 'cluster primary', './clusterPrimary.js', [String(params.workers)]);
  const load = start(context, fleet, 'loadgen', 'load generator', './loadGenerator.js', []);
  const back = start(context, fleet, 'svc-back', 'service B (prices)', './serviceProcess.js', ['back']);
  const front = start(context, fleet, 'svc-front', 'service A (orders)', './serviceProcess.js', ['front']);
  const [poolPort, clusterPort, backPort] = await Promise.all(
    [pool, cluster, back].map(async ({ inbox }) => (await inbox.next(serverReadySchema, BOOT_MS, 'its server')).port),
  );
  await load.inbox.next(loadReportSchema, BOOT_MS, 'ready');
  const poolThreads = () => childrenOf(ledger, 'pool');
  await waitUntil(() => poolThreads().length === params.workers && ledger.started.has('svc-front'), BOOT_MS, 'every thread and service starting');
  const poolWorkers = identities(ledger, poolThreads());
  const clusterWorkers = identities(ledger, childrenOf(ledger, 'cluster'));

  const measure = async (side: Side, port: number, workers: WorkerIdentity[]) => {
    bus.emit({ kind: 'phase', name: side });
    const base = { type: 'batch', side, port, target: side, concurrency: params.concurrency } as const;
    // The story is slow on purpose: few requests, paced, so the machine is idle enough to relay every event promptly.
    load.child.send({ ...base, count: Math.min(STORY_REQUESTS, params.requests), story: STORY_REQUESTS, paceMs: STORY_PACE_MS });
    await load.inbox.next(loadReportSchema, 20_000, 'the story batch');
    load.child.send({ ...base, count: params.requests, story: 0 });
    const report = await load.inbox.next(loadReportSchema, 30_000, 'the measured batch');
    if (report.type !== 'batch-done') throw new Error(`the load generator answered ${report.type}`);
    return measuredSide(report.outcomes, report.wallMs, workers);
  };
  const poolMeasured = await measure('pool', poolPort as number, poolWorkers);
  const clusterMeasured = await measure('cluster', clusterPort as number, clusterWorkers);

  const fault = params.fault === 'none' ? null : await faultPhase(context, params, fleet, pool.child, poolPort as number, clusterPort as number, load.inbox, load.child);

  bus.emit({ kind: 'phase', name: 'microservices' });
  const hops = Math.min(MICROSERVICE_HOPS, params.requests);
  front.child.send({ type: 'hops', backPort, count: hops, story: STORY_HOPS });
  const hopReport = await front.inbox.next(hopsReportSchema, 20_000, 'its hop timings');

  return {
    cores: availableParallelism(),
    jobPrimesBelow: JOB_PRIMES_BELOW,
    concurrency: params.concurrency,
    pool: { pid: ledger.started.get('pool')?.pid ?? 0, measured: poolMeasured },
    cluster: { primaryPid: ledger.started.get('cluster')?.pid ?? 0, measured: clusterMeasured },
    fault,
    microservices: {
      hops,
      frontPid: ledger.started.get('svc-front')?.pid ?? 0,
      backPid: ledger.started.get('svc-back')?.pid ?? 0,
      hopUs: summaryOf(hopReport.hopUs),
      inProcessUs: summaryOf(hopReport.inProcessUs),
    },
    nodeNotes: ['worker-own-isolate', 'cluster-primary-accepts', ...(fault ? ['signal-is-process-wide'] : []), 'loopback-is-short'],
  };
}

async function faultPhase(
  context: LabContext,
  params: BackendParams,
  fleet: Fleet,
  pool: ProcessActor,
  poolPort: number,
  clusterPort: number,
  loadInbox: Inbox,
  load: ProcessActor,
): Promise<BackendResult['fault']> {
  const { bus } = context;
  const { ledger } = fleet;
  bus.emit({ kind: 'phase', name: 'fault' });
  // Nothing inside a dead process can restart it; its supervisor can. Here that is the lab host.
  void pool.exited.then((exit) => {
    if (exit.signal) start(context, fleet, 'pool-restart', 'restarted thread-pool server', './poolProcess.js', [String(params.workers), String(poolPort)]);
  });
  const slots = params.concurrency;
  load.send({
    type: 'fault-window',
    targets: [
      { side: 'pool', port: poolPort, target: 'pool', backPrefix: 'pool-restart-thread-' },
      // The primary numbers its workers in start order, so the one replacement is number workers + 1.
      { side: 'cluster', port: clusterPort, target: 'cluster', backPrefix: `cluster-worker-${params.workers + 1}` },
    ],
    slots,
    paceMs: slots * PACE_MS_PER_SLOT,
    windowMs: FAULT_WINDOW_MS,
    maxWindowMs: MAX_FAULT_WINDOW_MS,
    faultAtMs: FAULT_AT_MS,
    storyBeforeMs: 25,
    storyAfterMs: 100,
  });
  const report = await loadInbox.next(loadReportSchema, 30_000, 'the fault window');
  if (report.type !== 'fault-done') throw new Error(`the load generator answered ${report.type}`);
  const poolOutcomes = report.outcomes.pool ?? [];
  const clusterOutcomes = report.outcomes.cluster ?? [];

  // The load generator can learn of a death (a reset connection) before the supervisor has reaped the process.
  const deadClusterWorker = () => [...ledger.exited].find(([actor, exit]) => actor.startsWith('cluster-worker-') && exit.signal !== null);
  await waitUntil(() => ledger.exited.has('pool'), 5_000, 'the pool process ending after its fault');
  await waitUntil(() => deadClusterWorker() !== undefined, 5_000, 'a cluster worker ending after its fault');
  const poolVictim = [...ledger.faults.keys()].find((actor) => actor.startsWith('pool-thread-'));
  const poolExit = ledger.exited.get('pool');
  const clusterVictim = deadClusterWorker();
  if (!poolExit?.signal) throw new Error(`the pool process survived its fault (${poolExit?.reason ?? 'still running'})`);
  if (!clusterVictim) throw new Error('no cluster worker died of its fault');
  const [clusterVictimActor, clusterExit] = clusterVictim;
  const replacementActor = childrenOf(ledger, 'cluster').find((actor) => (ledger.started.get(actor)?.t ?? 0) > clusterExit.t);
  const poolRestartPid = ledger.started.get('pool-restart')?.pid;
  const pidOf = (actor: string) => ledger.started.get(actor)?.pid ?? 0;
  return {
    fault: params.fault,
    windowMs: report.windowMs,
    binMs: BIN_MS,
    pool: faultSide(poolOutcomes, {
      victim: poolVictim ?? 'unknown',
      deadProcess: { actor: 'pool', pid: pidOf('pool'), code: poolExit.code, signal: poolExit.signal },
      diedAtT: poolExit.t,
      isReplacement: (actor) => actor.startsWith('pool-restart-thread-'),
      replacement: poolRestartPid ? { actor: 'pool-restart', pid: poolRestartPid } : null,
    }),
    cluster: faultSide(clusterOutcomes, {
      victim: clusterVictimActor,
      deadProcess: { actor: clusterVictimActor, pid: pidOf(clusterVictimActor), code: clusterExit.code, signal: clusterExit.signal },
      diedAtT: clusterExit.t,
      isReplacement: (actor) => actor === replacementActor,
      replacement: replacementActor ? { actor: replacementActor, pid: pidOf(replacementActor) } : null,
    }),
    bins: faultBins(poolOutcomes, clusterOutcomes, BIN_MS),
  };
}
