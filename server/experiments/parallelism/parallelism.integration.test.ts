/**
 * The parallelism lesson on the real server: the same prime count in every
 * split, real CPU time for every unit, the machine's real core count.
 */
import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventOf } from '../../../shared/protocol.js';
import { parallelismResultSchema } from '../../../shared/results/parallelism.js';
import { runOverWebSocket, startLabServer, type LabServer } from '../../testing/labServer.js';

let server: LabServer;
beforeAll(async () => {
  server = await startLabServer();
});
afterAll(async () => {
  await server.stop();
});

describe('parallelism lesson', () => {
  it('splits one job over threads and processes with identical answers and real CPU times', async () => {
    const { info, events } = await runOverWebSocket(server, 'parallelism', { maxWorkers: 3, primesBelow: 300_000 });
    expect(info.status, info.error).toBe('finished');
    const result = parallelismResultSchema.parse((events.at(-1) as EventOf<'run.finished'>).result);
    expect(result.cores).toBe(availableParallelism());
    expect(result.primeCount).toBe(25997);
    expect(result.threads.map((configuration) => configuration.n)).toEqual([1, 2, 3]);
    expect(result.processes.map((configuration) => configuration.n)).toEqual([1, 2, 3]);
    for (const configuration of [...result.threads, ...result.processes]) {
      expect(configuration.primeCount).toBe(25997);
      expect(configuration.cpuMsPerUnit).toHaveLength(configuration.n);
      expect(configuration.speedup).toBeCloseTo(result.baselineMs / configuration.wallMs, 6);
    }
    // Threads of a split share the cruncher's pid; processes of a split each have their own.
    const started = events.filter((event): event is EventOf<'actor.started'> => event.kind === 'actor.started');
    const cruncher = started.find((actor) => actor.actor === 'cruncher');
    const threeThreads = started.filter((actor) => actor.actor.startsWith('thread-3-'));
    expect(new Set(threeThreads.map((actor) => actor.pid))).toEqual(new Set([cruncher?.pid]));
    expect(new Set(threeThreads.map((actor) => actor.tid)).size).toBe(3);
    const threeProcesses = started.filter((actor) => actor.actor.startsWith('proc-3-'));
    expect(new Set(threeProcesses.map((actor) => actor.pid)).size).toBe(3);
  });
});
