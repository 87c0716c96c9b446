/**
 * A worker thread of the parallelism lesson: computes its share of the job,
 * then reads its own CPU time from /proc before it ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { startActorRuntime } from '../../lab/actorRuntime.js';
import { readThreadCpuMs } from '../../lab/procProbe.js';
import { countPrimesShare } from './primes.js';

const runtime = startActorRuntime();
await runtime.flush();
const { limit, units, unit } = workerData as { limit: number; units: number; unit: number };
const count = countPrimesShare(limit, units, unit);
parentPort?.postMessage({ type: 'done', count, cpuMs: readThreadCpuMs(runtime.pid, runtime.tid) ?? Number.NaN });
await runtime.flush();
