/**
 * The parallelism lesson on the real server: the same prime count in every
 * split, real CPU time for every unit, the machine's real core count, real
 * pids and tids, clean exits, and nothing left afterwards. Timings are not
 * asserted (other CPU-heavy tests may share the machine).
 */
import { availableParallelism } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventOf, LabEvent } from '../../../shared/protocol.js';
import { parallelismResultSchema } from '../../../shared/results/parallelism.js';
import { runOverWebSocket, sleep, startLabServer, type LabServer } from '../../testing/labServer.js';
import { membersOfGroup, watchDescendants } from '../../testing/procWatch.js';

let server: LabServer;
beforeAll(async () => {
  server = await startLabServer();
});
afterAll(async () => {
  await server.stop();
});

const ofKind = <K extends LabEvent['kind']>(events: LabEvent[], kind: K) =>
  events.filter((event): event is EventOf<K> => event.kind === kind);

describe('parallelism lesson', () => {
  it('splits one job over threads and processes with identical answers and real CPU times', async () => {
    const watch = watchDescendants(server.pid);
    const { info, events } = await runOverWebSocket(server, 'parallelism', { maxWorkers: 3, primesBelow: 1_000_000 });
    watch.stop();
    expect(info.status, info.error).toBe('finished');
    const result = parallelismResultSchema.parse((events.at(-1) as EventOf<'run.finished'>).result);
    expect(result.cores).toBe(availableParallelism());
    expect(result.verdict.cores).toBe(result.cores);
    expect(result.primesBelowRequested).toBe(1_000_000);
    // A small job is never scaled down, so the count is the known one.
    expect(result.primesBelow).toBe(1_000_000);
    expect(result.primeCount).toBe(78_498);
    expect(result.cutForTime).toBe(false);
    expect(result.threads.map((configuration) => configuration.n)).toEqual([1, 2, 3]);
    expect(result.processes.map((configuration) => configuration.n)).toEqual([1, 2, 3]);
    for (const configuration of [...result.threads, ...result.processes]) {
      expect(configuration.primeCount).toBe(result.primeCount);
      expect(configuration.cpuMsPerUnit).toHaveLength(configuration.n);
      for (const cpuMs of configuration.cpuMsPerUnit) expect(cpuMs).toBeGreaterThan(0);
      // The CPU a unit spent booting is part of its total.
      expect(configuration.bootCpuMsPerUnit).toHaveLength(configuration.n);
      configuration.bootCpuMsPerUnit?.forEach((bootMs, unit) => expect(bootMs).toBeLessThanOrEqual(configuration.cpuMsPerUnit[unit] as number));
      expect(configuration.speedup).toBeCloseTo(result.baselineMs / configuration.wallMs, 6);
    }

    // Threads of a split are distinct tids of the cruncher's pid; processes of a split each have their own pid.
    const started = ofKind(events, 'actor.started');
    const cruncher = started.find((actor) => actor.actor === 'cruncher');
    for (const n of [1, 2, 3]) {
      const threads = started.filter((actor) => actor.actor.startsWith(`thread-${n}-`));
      expect(threads).toHaveLength(n);
      expect(new Set(threads.map((actor) => actor.pid))).toEqual(new Set([cruncher?.pid]));
      expect(new Set(threads.map((actor) => actor.tid)).size).toBe(n);
      for (const thread of threads) expect(watch.seen.get(thread.pid)?.has(thread.tid)).toBe(true);
      const processes = started.filter((actor) => actor.actor.startsWith(`proc-${n}-`));
      expect(processes).toHaveLength(n);
      expect(new Set(processes.map((actor) => actor.pid)).size).toBe(n);
      for (const process of processes) expect(watch.seen.has(process.pid)).toBe(true);
    }

    // Every actor ended exactly once, with code 0.
    const exited = ofKind(events, 'actor.exited');
    expect(exited.map((exit) => exit.actor).sort()).toEqual(started.map((actor) => actor.actor).sort());
    for (const exit of exited) expect({ actor: exit.actor, code: exit.code, signal: exit.signal }).toEqual({ actor: exit.actor, code: 0, signal: null });

    const hostPid = started[0]?.pid ?? -1;
    let left = membersOfGroup(hostPid);
    for (let waited = 0; left.length > 0 && waited < 2000; waited += 50) {
      await sleep(50);
      left = membersOfGroup(hostPid);
    }
    expect(left).toEqual([]);
  });
});
