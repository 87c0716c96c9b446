/**
 * The parallelism lesson's threaded process: it estimates the job's cost,
 * runs the baseline (the whole job on its main thread, no worker at all),
 * then the job split across n worker threads, on command from the lab host.
 */
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { exitReason, startThreadActor } from '../../lab/supervisor.js';
import { readThreadCpuMs } from '../../lab/procProbe.js';
import { shareDoneSchema, type CruncherCommand, type CruncherReport, type JobRun, type ShareDone } from './cruncherMessages.js';
import { countPrimesShare } from './primes.js';

const runtime = startActorRuntime();

/** The thread's CPU time from /proc (10 ms ticks). */
const myCpuMs = (): number => readThreadCpuMs(runtime.pid, runtime.tid) ?? Number.NaN;

function baseline(limit: number): JobRun {
  const cpuBefore = myCpuMs();
  const started = performance.now();
  const primeCount = countPrimesShare(limit, 1, 0, () => runtime.mark());
  // The baseline starts no unit, so it boots nothing.
  return { wallMs: performance.now() - started, primeCount, cpuMsPerUnit: [myCpuMs() - cpuBefore], bootCpuMsPerUnit: [0] };
}

async function splitOverThreads(limit: number, n: number): Promise<JobRun> {
  const started = performance.now();
  const shares = await Promise.all(
    Array.from({ length: n }, async (_, unit) => {
      const thread = startThreadActor(runtime, {
        actor: `thread-${n}-${unit + 1}`,
        label: `thread ${unit + 1} of ${n}`,
        parent: runtime.actor,
        entry: new URL('./primeThread.js', import.meta.url),
        startNs: runtime.startNs,
        workerData: { limit, units: n, unit },
      });
      let share: ShareDone | undefined;
      thread.onMessage((message) => {
        const parsed = shareDoneSchema.safeParse(message);
        if (parsed.success) share = parsed.data;
      });
      const exit = await thread.exited;
      if (!share || exit.code !== 0) throw new Error(`thread ${unit + 1} of ${n} ${exitReason(exit)} without its share`);
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

async function answer(command: Exclude<CruncherCommand, { type: 'end' }>): Promise<CruncherReport> {
  if (command.type === 'calibrate') {
    const started = performance.now();
    countPrimesShare(command.limit, command.shares, 0, () => runtime.mark());
    return { type: 'calibrated', sampleMs: performance.now() - started };
  }
  if (command.type === 'baseline') return { type: 'job-done', ...baseline(command.limit) };
  return { type: 'job-done', ...(await splitOverThreads(command.limit, command.n)) };
}

process.on('message', (raw) => {
  const command = raw as CruncherCommand;
  if (command.type === 'end') {
    void runtime.flush().then(() => process.exit(0));
    return;
  }
  answer(command)
    .catch((error: unknown): CruncherReport => ({ type: 'job-failed', error: error instanceof Error ? error.message : String(error) }))
    .then((report) => process.send?.(report));
});
process.send?.({ type: 'cruncher-ready' } satisfies CruncherReport);
