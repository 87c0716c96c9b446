/**
 * A child process of the parallelism lesson: computes its share of the job,
 * then reads its main thread's CPU time from /proc before it ends. It also
 * reads it before the share begins: what booting a whole Node cost.
 */
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { readThreadCpuMs } from '../../lab/procProbe.js';
import type { ShareDone } from './cruncherMessages.js';
import { countPrimesShare } from './primes.js';

const runtime = startActorRuntime();
await runtime.flush();
const [limit, units, unit] = process.argv.slice(2).map(Number) as [number, number, number];
const bootCpuMs = readThreadCpuMs(runtime.pid, runtime.tid) ?? Number.NaN;
const count = countPrimesShare(limit, units, unit, () => runtime.mark());
const cpuMs = readThreadCpuMs(runtime.pid, runtime.tid) ?? Number.NaN;
process.send?.({ type: 'done', count, cpuMs, bootCpuMs } satisfies ShareDone, undefined, undefined, () => process.exit(0));
