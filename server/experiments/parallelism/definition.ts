/**
 * Lesson "parallelism": using the cores. One CPU-bound job (count the primes
 * below a bound) done on one thread alone (the baseline), then split across
 * 1..N worker threads and across 1..N child processes. Speedup is baseline
 * wall time over split wall time; it stops growing at the number of cores.
 */
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { ParallelismResult } from '../../../shared/results/parallelism.js';
import { forkProcessActor, type ProcessActor } from '../../lab/supervisor.js';
import { entryBeside, type ExperimentDefinition, type LabContext } from '../types.js';

type ParallelismParams = { maxWorkers: number; primesBelow: number };
type Configuration = ParallelismResult['threads'][number];
/** Configurations stop being started past this, so the largest request ends within the run's limit. */
const BUDGET_MS = 20_000;

const measured = z.object({ wallMs: z.number(), primeCount: z.number(), cpuMsPerUnit: z.array(z.number()) });
const shareDone = z.object({ type: z.literal('done'), count: z.number(), cpuMs: z.number() });

/** Sends a command to the cruncher process and waits for its answer of the given type. */
function ask(cruncher: ProcessActor, command: object, answer: string): Promise<z.infer<typeof measured>> {
  return new Promise((resolve, reject) => {
    cruncher.onMessage((raw) => {
      if ((raw as { type?: string }).type !== answer) return;
      const parsed = measured.safeParse(raw);
      if (parsed.success) resolve(parsed.data);
      else reject(new Error(`the threaded process answered badly: ${parsed.error.message}`));
    });
    void cruncher.exited.then(() => reject(new Error('the threaded process ended unexpectedly')));
    cruncher.send(command);
  });
}

async function splitOverProcesses(context: LabContext, limit: number, n: number) {
  const started = performance.now();
  const shares = await Promise.all(
    Array.from({ length: n }, (_, unit) => {
      const child = forkProcessActor(context.bus, {
        actor: `proc-${n}-${unit + 1}`,
        label: `process ${unit + 1} of ${n}`,
        parent: context.hostActor,
        entry: entryBeside(import.meta.url, './primeProcess.js'),
        startNs: context.startNs,
        args: [limit, n, unit].map(String),
      });
      const done = new Promise<{ count: number; cpuMs: number }>((resolve) =>
        child.onMessage((raw) => {
          const parsed = shareDone.safeParse(raw);
          if (parsed.success) resolve(parsed.data);
        }),
      );
      return Promise.race([Promise.all([done, child.exited]).then(([share]) => share), child.exited.then(() => done)]);
    }),
  );
  return {
    wallMs: performance.now() - started,
    primeCount: shares.reduce((sum, share) => sum + share.count, 0),
    cpuMsPerUnit: shares.map((share) => share.cpuMs),
  };
}

export const definition: ExperimentDefinition = {
  id: 'parallelism',
  async run(context) {
    const params = context.params as ParallelismParams;
    const { bus } = context;
    const started = performance.now();
    const cruncher = forkProcessActor(bus, {
      actor: 'cruncher',
      label: 'process with worker threads',
      parent: context.hostActor,
      entry: entryBeside(import.meta.url, './cruncherProcess.js'),
      startNs: context.startNs,
      args: [String(params.primesBelow)],
    });
    await new Promise<void>((resolve) => cruncher.onMessage((raw) => (raw as { type?: string }).type === 'cruncher-ready' && resolve()));

    bus.emit({ kind: 'phase', name: 'baseline' });
    const baseline = await ask(cruncher, { type: 'baseline' }, 'baseline-done');
    const toConfiguration = (n: number, run: z.infer<typeof measured>): Configuration => ({
      n,
      wallMs: run.wallMs,
      speedup: baseline.wallMs / run.wallMs,
      cpuMsPerUnit: run.cpuMsPerUnit,
      primeCount: run.primeCount,
    });

    const threads: Configuration[] = [];
    const processes: Configuration[] = [];
    let cutForTime = false;
    // Threads and processes take turns at each n, so a cut for time leaves both sides comparable.
    for (let n = 1; n <= params.maxWorkers; n += 1) {
      if (performance.now() - started > BUDGET_MS) {
        cutForTime = true;
        break;
      }
      bus.emit({ kind: 'phase', name: `threads-${n}` });
      threads.push(toConfiguration(n, await ask(cruncher, { type: 'threads', n }, 'threads-done')));
      bus.emit({ kind: 'phase', name: `processes-${n}` });
      processes.push(toConfiguration(n, await splitOverProcesses(context, params.primesBelow, n)));
    }
    cruncher.send({ type: 'end' });
    await cruncher.exited;

    const wrong = [...threads, ...processes].find((configuration) => configuration.primeCount !== baseline.primeCount);
    if (wrong) throw new Error(`a split counted ${wrong.primeCount} primes, the baseline ${baseline.primeCount}: the work was not split right`);
    const best = (configurations: Configuration[]) =>
      configurations.reduce((top, configuration) => (configuration.speedup > top.speedup ? configuration : top), configurations[0] as Configuration);
    const cores = availableParallelism();
    const result: ParallelismResult = {
      cores,
      primesBelow: params.primesBelow,
      primeCount: baseline.primeCount,
      baselineMs: baseline.wallMs,
      threads,
      processes,
      cutForTime,
      verdict: {
        cores,
        bestThreadSpeedup: best(threads).speedup,
        bestThreadN: best(threads).n,
        bestProcessSpeedup: best(processes).speedup,
        bestProcessN: best(processes).n,
      },
      nodeNotes: ['worker-own-isolate', 'fork-is-exec'],
    };
    return result;
  },
};
