/**
 * A worker thread of the parallelism lesson: computes its share of the job,
 * then reads its own CPU time from /proc before it ends. It also reads it
 * before the share begins: what booting its V8 isolate and loading code cost.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { readThreadCpuMs } from '../../lab/procProbe.js';
import type { ShareDone } from './cruncherMessages.js';
import { countPrimesShare } from './primes.js';

const runtime = startActorRuntime();
await runtime.flush();
const { limit, units, unit } = workerData as { limit: number; units: number; unit: number };
const bootCpuMs = readThreadCpuMs(runtime.pid, runtime.tid) ?? Number.NaN;
const count = countPrimesShare(limit, units, unit, () => runtime.mark());
const cpuMs = readThreadCpuMs(runtime.pid, runtime.tid) ?? Number.NaN;
parentPort?.postMessage({ type: 'done', count, cpuMs, bootCpuMs } satisfies ShareDone);
await runtime.flush();
