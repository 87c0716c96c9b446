/**
 * The backend lesson on the real server: a thread-pool server and a cluster
 * under real HTTP load, a real SIGSEGV on each side, two services over TCP.
 * What the lab says is checked against what the kernel had (/proc) and the
 * load generator's real outcomes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventOf, LabEvent } from '../../../shared/protocol.js';
import { backendResultSchema, type BackendResult } from '../../../shared/results/backend.js';
import { runOverWebSocket, sleep, startLabServer, type LabServer } from '../../testing/labServer.js';
import { membersOfGroup, watchDescendants } from '../../testing/procWatch.js';

let server: LabServer;
let events: LabEvent[] = [];
let result: BackendResult;
let seen: Map<number, Set<number>>;
let hostPid = 0;

beforeAll(async () => {
  server = await startLabServer();
  const watch = watchDescendants(server.pid);
  const run = await runOverWebSocket(server, 'backend', { workers: 3, requests: 120, concurrency: 8, fault: 'sigsegv' });
  watch.stop();
  expect(run.info.status, run.info.error).toBe('finished');
  events = run.events;
  seen = watch.seen;
  hostPid = (events[0] as EventOf<'actor.started'>).pid;
  result = backendResultSchema.parse((events.at(-1) as EventOf<'run.finished'>).result);
}, 90_000);
afterAll(async () => {
  await server.stop();
});

const started = (actor: string) => events.find((event): event is EventOf<'actor.started'> => event.kind === 'actor.started' && event.actor === actor);
const exitOf = (actor: string) => events.find((event): event is EventOf<'actor.exited'> => event.kind === 'actor.exited' && event.actor === actor);

describe('backend lesson', () => {
  it('serves with worker threads of one process: one pid, distinct tids that existed in /proc', () => {
    const pool = started('pool');
    expect(pool?.type).toBe('process');
    const threads = result.pool.measured.workers;
    expect(threads).toHaveLength(3);
    expect(new Set(threads.map((thread) => thread.pid))).toEqual(new Set([pool?.pid]));
    expect(new Set(threads.map((thread) => thread.tid)).size).toBe(3);
    for (const thread of threads) {
      expect(thread.tid).not.toBe(thread.pid);
      expect(seen.get(thread.pid)?.has(thread.tid), `tid ${thread.tid} was a task of pid ${thread.pid}`).toBe(true);
    }
    // Every measured request was answered, and the work was spread over more than one thread.
    expect(result.pool.measured.ok).toBe(120);
    expect(threads.filter((thread) => thread.served > 0).length).toBeGreaterThan(1);
  });

  it('serves with cluster worker processes: distinct pids, children of the primary, seen in /proc', () => {
    const workers = result.cluster.measured.workers;
    expect(workers).toHaveLength(3);
    expect(new Set(workers.map((worker) => worker.pid)).size).toBe(3);
    for (const worker of workers) {
      expect(worker.pid).not.toBe(result.cluster.primaryPid);
      expect(started(worker.actor)?.parent).toBe('cluster');
      expect(seen.has(worker.pid), `pid ${worker.pid} was seen under the server`).toBe(true);
    }
    expect(result.cluster.measured.ok).toBe(120);
    expect(result.cluster.measured.latencyMs.median).toBeGreaterThan(0);
    expect(result.cluster.measured.throughputPerSec).toBeGreaterThan(0);
  });

  it('a SIGSEGV in one pool thread kills the whole pool process; its in-flight requests fail', () => {
    const fault = result.fault;
    if (!fault) throw new Error('no fault phase');
    expect(exitOf('pool')).toMatchObject({ code: null, signal: 'SIGSEGV' });
    for (const thread of result.pool.measured.workers) expect(exitOf(thread.actor)).toMatchObject({ signal: 'SIGSEGV', reason: 'process died' });
    expect(fault.pool.victim).toMatch(/^pool-thread-/);
    expect(fault.pool.failedInFlight).toBeGreaterThanOrEqual(1);
    // While the pool was down, nobody answered on its port.
    expect(fault.pool.okWhileRecovering).toBe(0);
    // The host restarted it, and the restart served again.
    expect(fault.pool.replacement?.actor).toBe('pool-restart');
    expect(fault.pool.recoveryMs).toBeGreaterThan(0);
  });

  it('a SIGSEGV in one cluster worker kills that worker alone; a replacement serves afterwards', () => {
    const fault = result.fault;
    if (!fault) throw new Error('no fault phase');
    const victim = fault.cluster.deadProcess.actor;
    expect(exitOf(victim)).toMatchObject({ code: null, signal: 'SIGSEGV', reason: 'killed by SIGSEGV' });
    expect(exitOf('cluster')).toMatchObject({ code: 0, signal: null });
    // The other workers ended normally at the end of the run.
    for (const worker of result.cluster.measured.workers.filter((worker) => worker.actor !== victim)) {
      expect(exitOf(worker.actor)).toMatchObject({ code: 0, signal: null });
    }
    expect(fault.cluster.failed).toBeGreaterThanOrEqual(1);
    expect(fault.cluster.failed).toBeLessThan(fault.pool.failed);
    expect(fault.cluster.ok).toBeGreaterThan(0);
    expect(fault.cluster.okWhileRecovering).toBeGreaterThan(0);
    const replacement = fault.cluster.replacement;
    expect(replacement).not.toBeNull();
    expect(started(replacement?.actor ?? '')?.parent).toBe('cluster');
    expect(fault.cluster.recoveryMs).toBeGreaterThan(0);
    // Recovery is measured from the death to the replacement's first answer, both on the run's clock.
    expect(fault.cluster.diedAtMs * 1e6).toBeCloseTo(exitOf(victim)?.t ?? 0, -6);
  });

  it('two services in separate processes: the hop over TCP costs more than an in-process call', () => {
    const { microservices } = result;
    expect(microservices.frontPid).not.toBe(microservices.backPid);
    expect(microservices.hopUs.count).toBe(120);
    expect(microservices.hopUs.median).toBeGreaterThan(microservices.inProcessUs.median);
    const hop = events.filter(
      (event): event is EventOf<'message.sent'> | EventOf<'message.received'> =>
        (event.kind === 'message.sent' || event.kind === 'message.received') && event.msg.startsWith('hop-'),
    );
    expect(hop.some((event) => event.actor === 'svc-back' && event.kind === 'message.received')).toBe(true);
  });

  it('every answer in the log comes after its send (causal order restored at the source)', () => {
    const sent = new Set<string>();
    const outOfOrder: string[] = [];
    for (const event of events) {
      if (event.kind === 'message.sent') sent.add(event.msg);
      else if (event.kind === 'message.received' && !sent.has(event.msg)) outOfOrder.push(event.msg);
    }
    expect(outOfOrder).toEqual([]);
    expect(sent.size).toBeGreaterThan(20);
  });

  it('every started actor exits exactly once, and no process remains afterwards', async () => {
    const startedActors = events.filter((event) => event.kind === 'actor.started').map((event) => (event as EventOf<'actor.started'>).actor);
    const exitedActors = events.filter((event) => event.kind === 'actor.exited').map((event) => (event as EventOf<'actor.exited'>).actor);
    expect([...exitedActors].sort()).toEqual([...startedActors].sort());
    let left = membersOfGroup(hostPid);
    for (let waited = 0; left.length > 0 && waited < 3000; waited += 50) {
      await sleep(50);
      left = membersOfGroup(hostPid);
    }
    expect(left).toEqual([]);
  });
});
