/**
 * Lesson "parallelism": using the cores. One CPU-bound job (count the primes
 * below a bound) done on one thread alone (the baseline), then split across
 * 1..N worker threads and across 1..N child processes. Speedup is baseline
 * wall time over split wall time; it stops growing at the number of cores.
 *
 * Every unit is an actor (at most 2 × (1 + … + 8) = 72 of them), so the stage
 * shows each configuration's units with real pids/tids; the figures are the
 * wall times around them and each unit's CPU time read from /proc.
 */
import { availableParallelism } from 'node:os';
import type { ParallelismResult } from '../../../shared/results/parallelism.js';
import { exitReason, forkProcessActor, type ProcessActor } from '../../lab/supervisor.js';
import { entryBeside, type ExperimentDefinition, type LabContext } from '../types.js';
import { cruncherReportSchema, shareDoneSchema, type CruncherCommand, type CruncherReport, type JobRun, type ShareDone } from './cruncherMessages.js';
import { planJob } from './jobPlan.js';

type ParallelismParams = { maxWorkers: number; primesBelow: number };
type Configuration = ParallelismResult['threads'][number];
/** What the whole run should take, by the plan; the job is made smaller if it would take more. */
const PLAN_MS = 14_000;
/** No configuration pair starts unless it should end before this (the last pair's length as the guess). */
const BUDGET_MS = 22_000;
/** The first pair may use more of the run's 30 s: without it there is nothing to compare. */
const LAST_RESORT_MS = 25_000;
/** The cost estimate times one share of a job split this many ways (about 3 % of the job). */
const CALIBRATION_SHARES = 32;

/** Talks to the threaded process: one request, one answer, in turn. */
function cruncherChannel(cruncher: ProcessActor) {
  let waiting: { resolve(report: CruncherReport): void; reject(error: Error): void } | undefined;
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  cruncher.onMessage((raw) => {
    const parsed = cruncherReportSchema.safeParse(raw);
    if (!parsed.success) return;
    if (parsed.data.type === 'cruncher-ready') onReady();
    else if (parsed.data.type === 'job-failed') waiting?.reject(new Error(`the threaded process failed: ${parsed.data.error}`));
    else waiting?.resolve(parsed.data);
  });
  const died = cruncher.exited.then((exit) => {
    throw new Error(`the threaded process ended unexpectedly (${exitReason(exit)})`);
  });
  died.catch(() => undefined);
  return {
    ready: Promise.race([ready, died]),
    ask(command: Exclude<CruncherCommand, { type: 'end' }>): Promise<CruncherReport> {
      const answered = new Promise<CruncherReport>((resolve, reject) => (waiting = { resolve, reject }));
      cruncher.send(command);
      return Promise.race([answered, died]);
    },
  };
}

function asJobRun(report: CruncherReport): JobRun {
  if (report.type !== 'job-done') throw new Error(`the threaded process answered ${report.type}, not job-done`);
  return { wallMs: report.wallMs, primeCount: report.primeCount, cpuMsPerUnit: report.cpuMsPerUnit, bootCpuMsPerUnit: report.bootCpuMsPerUnit };
}

/** The job split across n child processes, each forked as an actor. */
async function splitOverProcesses(context: LabContext, limit: number, n: number): Promise<JobRun> {
  const started = performance.now();
  const shares = await Promise.all(
    Array.from({ length: n }, async (_, unit) => {
      const child = forkProcessActor(context.bus, {
        actor: `proc-${n}-${unit + 1}`,
        label: `process ${unit + 1} of ${n}`,
        parent: context.hostActor,
        entry: entryBeside(import.meta.url, './primeProcess.js'),
        startNs: context.startNs,
        args: [limit, n, unit].map(String),
      });
      let share: ShareDone | undefined;
      child.onMessage((raw) => {
        const parsed = shareDoneSchema.safeParse(raw);
        if (parsed.success) share = parsed.data;
      });
      const exit = await child.exited;
      if (!share || exit.code !== 0) throw new Error(`process ${unit + 1} of ${n} ${exitReason(exit)} without its share`);
      return share;
    }),
  );
  return {
    wallMs: performance.now() - started,
    primeCount: shares.reduce((sum, share) => sum + share.count, 0),
    cpuMsPerUnit: shares.map((share) => share.cpuMs),
    bootCpuMsPerUnit: shares.map((share) => share.bootCpuMs),
  };
}

export const definition: ExperimentDefinition = {
  id: 'parallelism',
  async run(context) {
    const params = context.params as ParallelismParams;
    const { bus } = context;
    const started = performance.now();
    const cores = availableParallelism();
    const cruncherActor = forkProcessActor(bus, {
      actor: 'cruncher',
      label: 'process with worker threads',
      parent: context.hostActor,
      entry: entryBeside(import.meta.url, './cruncherProcess.js'),
      startNs: context.startNs,
    });
    const cruncher = cruncherChannel(cruncherActor);
    await cruncher.ready;

    // Estimate the job's cost from one share of it, and shrink it if the run would not end in time.
    const calibration = await cruncher.ask({ type: 'calibrate', limit: params.primesBelow, shares: CALIBRATION_SHARES });
    const sampleMs = calibration.type === 'calibrated' ? calibration.sampleMs : Number.NaN;
    const plan = planJob({
      requestedLimit: params.primesBelow,
      maxWorkers: params.maxWorkers,
      cores,
      estimatedBaselineMs: sampleMs * CALIBRATION_SHARES,
      budgetMs: PLAN_MS - (performance.now() - started),
    });
    const limit = plan.limit;

    bus.emit({ kind: 'phase', name: 'baseline' });
    const baseline = asJobRun(await cruncher.ask({ type: 'baseline', limit }));
    const toConfiguration = (n: number, run: JobRun): Configuration => ({ n, speedup: baseline.wallMs / run.wallMs, ...run });

    const threads: Configuration[] = [];
    const processes: Configuration[] = [];
    let cutForTime = false;
    // The first pair does the whole job twice on one unit each.
    let lastPairMs = 2 * baseline.wallMs;
    // Threads and processes take turns at each n, so a cut for time leaves both sides comparable.
    for (let n = 1; n <= params.maxWorkers; n += 1) {
      if (performance.now() - started + lastPairMs > (n === 1 ? LAST_RESORT_MS : BUDGET_MS)) {
        if (n === 1) throw new Error(`the machine is too busy: the baseline alone took ${Math.round(baseline.wallMs)} ms, no split fits in the time left`);
        cutForTime = true;
        break;
      }
      const pairStarted = performance.now();
      bus.emit({ kind: 'phase', name: `threads-${n}` });
      threads.push(toConfiguration(n, asJobRun(await cruncher.ask({ type: 'threads', limit, n }))));
      bus.emit({ kind: 'phase', name: `processes-${n}` });
      processes.push(toConfiguration(n, await splitOverProcesses(context, limit, n)));
      lastPairMs = performance.now() - pairStarted;
    }
    cruncherActor.send({ type: 'end' } satisfies CruncherCommand);
    await cruncherActor.exited;

    // The same job in every configuration must give the same answer, or the split is wrong.
    const wrong = [...threads, ...processes].find((configuration) => configuration.primeCount !== baseline.primeCount);
    if (wrong) throw new Error(`a split counted ${wrong.primeCount} primes, the baseline ${baseline.primeCount}: the work was not split right`);
    const best = (configurations: Configuration[]): Configuration | undefined =>
      configurations.reduce<Configuration | undefined>((top, configuration) => (!top || configuration.speedup > top.speedup ? configuration : top), undefined);
    const bestThreads = best(threads);
    const bestProcesses = best(processes);
    const result: ParallelismResult = {
      cores,
      primesBelow: limit,
      primesBelowRequested: params.primesBelow,
      scaledDownForTime: plan.scaledDown,
      primeCount: baseline.primeCount,
      baselineMs: baseline.wallMs,
      baselineCpuMs: baseline.cpuMsPerUnit[0] ?? Number.NaN,
      threads,
      processes,
      cutForTime,
      verdict: {
        cores,
        bestThreadSpeedup: bestThreads?.speedup ?? Number.NaN,
        bestThreadN: bestThreads?.n ?? 0,
        bestProcessSpeedup: bestProcesses?.speedup ?? Number.NaN,
        bestProcessN: bestProcesses?.n ?? 0,
      },
      // worker-own-isolate: each worker boots its own V8 isolate (and JIT-compiles
      // the job again) before it counts; fork-is-exec: each child boots a whole Node.
      nodeNotes: ['worker-own-isolate', 'fork-is-exec'],
    };
    return result;
  },
};
