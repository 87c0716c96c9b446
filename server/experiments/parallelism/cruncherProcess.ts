/**
 * The parallelism lesson's threaded process: the baseline (the whole job on
 * its main thread, no worker at all), then the job split across n worker
 * threads, on command from the lab host.
 */
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { readThreadCpuMs } from '../../lab/procProbe.js';
import { startThreadActor } from '../../lab/supervisor.js';
import { countPrimesShare } from './primes.js';

const runtime = startActorRuntime();
const limit = Number(process.argv[2] ?? '100000');

type Command = { type: 'baseline' } | { type: 'threads'; n: number } | { type: 'end' };

async function splitOverThreads(n: number) {
  const started = performance.now();
  const shares = await Promise.all(
    Array.from({ length: n }, (_, unit) => {
      const thread = startThreadActor(runtime, {
        actor: `thread-${n}-${unit + 1}`,
        label: `thread ${unit + 1} of ${n}`,
        parent: runtime.actor,
        entry: new URL('./primeThread.js', import.meta.url),
        startNs: runtime.startNs,
        workerData: { limit, units: n, unit },
      });
      const done = new Promise<{ count: number; cpuMs: number }>((resolve) =>
        thread.onMessage((message) => resolve(message as { count: number; cpuMs: number })),
      );
      return Promise.all([done, thread.exited]).then(([share]) => share);
    }),
  );
  return {
    wallMs: performance.now() - started,
    primeCount: shares.reduce((sum, share) => sum + share.count, 0),
    cpuMsPerUnit: shares.map((share) => share.cpuMs),
  };
}

process.on('message', async (raw) => {
  const command = raw as Command;
  if (command.type === 'baseline') {
    const cpuBefore = readThreadCpuMs(runtime.pid, runtime.tid) ?? 0;
    const started = performance.now();
    const primeCount = countPrimesShare(limit, 1, 0);
    const wallMs = performance.now() - started;
    const cpuMs = (readThreadCpuMs(runtime.pid, runtime.tid) ?? 0) - cpuBefore;
    process.send?.({ type: 'baseline-done', wallMs, primeCount, cpuMsPerUnit: [cpuMs] });
  } else if (command.type === 'threads') {
    process.send?.({ type: 'threads-done', ...(await splitOverThreads(command.n)) });
  } else if (command.type === 'end') {
    await runtime.flush();
    process.exit(0);
  }
});
process.send?.({ type: 'cruncher-ready' });
