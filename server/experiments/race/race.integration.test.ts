/**
 * The race lesson on the real server: plain increments of shared memory may
 * lose updates (every repeat reported), atomics and the lock never do,
 * separate processes cannot; a person can lose an update by hand in step mode.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { EventOf, LabEvent } from '../../../shared/protocol.js';
import { raceMeasureResultSchema, raceStepResultSchema } from '../../../shared/results/race.js';
import { postJson, runOverWebSocket, sleep, startLabServer, type LabServer } from '../../testing/labServer.js';
import { membersOfGroup } from '../../testing/procWatch.js';

let server: LabServer;
beforeAll(async () => {
  server = await startLabServer();
});
afterAll(async () => {
  await server.stop();
});

/** Waits (up to 2 s) until no process of the run's host group is left, and returns what is left. */
async function leftoversOf(events: LabEvent[]) {
  const hostPid = (events[0] as EventOf<'actor.started'>).pid;
  let left = membersOfGroup(hostPid);
  for (let waited = 0; left.length > 0 && waited < 2000; waited += 50) {
    await sleep(50);
    left = membersOfGroup(hostPid);
  }
  return left;
}

/** Starts a step-mode run over the WebSocket; collects its events until it ends. */
async function startStepRun(params: Record<string, unknown>) {
  const socket = new WebSocket(server.wsUrl, { origin: server.url });
  const run = { id: '', events: [] as LabEvent[], ended: false };
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString()) as { type: string; run?: { id: string; status: string }; events?: LabEvent[] };
    if (message.type === 'run.accepted' && message.run) run.id = message.run.id;
    if (message.type === 'events' && message.events) run.events.push(...message.events);
    if (message.type === 'run.status' && message.run && ['finished', 'failed', 'stopped'].includes(message.run.status)) run.ended = true;
  });
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'run.start', experiment: 'race', params: { mode: 'step', ...params } }));
  const threadsStarted = () => run.events.filter((event) => event.kind === 'actor.started' && event.type === 'thread').length;
  while (threadsStarted() < 2) await sleep(20);
  return {
    run,
    input: (input: string) => postJson(`${server.url}/api/runs/${run.id}/input`, { input }),
    async ended() {
      while (!run.ended) await sleep(20);
      socket.close();
      const last = run.events.at(-1);
      if (last?.kind !== 'run.finished') throw new Error(`the step run did not finish: ${JSON.stringify(last)}`);
      return raceStepResultSchema.parse(last.result);
    },
  };
}

const writesOfX = (events: LabEvent[]) =>
  events
    .filter((event): event is EventOf<'memory.write'> => event.kind === 'memory.write' && event.cell === 'x' && event.actor.startsWith('thread-'))
    .map((write) => [write.actor, write.value]);

describe('race lesson', () => {
  it('measure: reports every repeat; atomic and lock lose nothing; each process keeps its own exact count', async () => {
    const { info, events } = await runOverWebSocket(server, 'race', { mode: 'measure', threads: 3, increments: 200_000, repeats: 3 });
    expect(info.status, info.error).toBe('finished');
    const result = raceMeasureResultSchema.parse((events.at(-1) as EventOf<'run.finished'>).result);
    expect(result.variants.map((variant) => variant.variant)).toEqual(['plain', 'atomic', 'lock']);
    expect(typeof result.cutForTime).toBe('boolean');
    for (const variant of result.variants) {
      // Every repeat asked for is either reported or counted as skipped for time.
      expect(variant.rounds.length + (variant.skippedForTime ?? -1)).toBe(3);
      expect(variant.rounds.length).toBeGreaterThanOrEqual(1);
      expect(variant.summary?.lostMedian).toBeGreaterThanOrEqual(0);
      for (const round of variant.rounds) {
        expect(round.lost).toBe(round.expected - round.final);
        expect(round.lost).toBeGreaterThanOrEqual(0);
        if (variant.variant !== 'plain') expect(round.lost).toBe(0);
      }
    }
    expect(result.processes.map((process) => process.final)).toEqual([200_000, 200_000, 200_000]);
    expect(new Set(result.processes.map((process) => process.pid)).size).toBe(3);
    // The racing threads are threads of one process.
    const threads = events.filter((event): event is EventOf<'actor.started'> => event.kind === 'actor.started' && event.type === 'thread');
    expect(threads).toHaveLength(3);
    expect(new Set(threads.map((thread) => thread.pid))).toEqual(new Set([result.pid]));
    expect(await leftoversOf(events)).toEqual([]);
  });

  it('step: the person schedules two real threads and loses an update on purpose', async () => {
    const step = await startStepRun({ increments: 1 });
    // read 1, read 2, add 1, write 1, add 2, write 2: both read 0, both write 1.
    for (const thread of [1, 2, 1, 1, 2, 2]) {
      const before = step.run.events.length;
      const answer = await step.input(`step:thread-${thread}`);
      expect(answer.status).toBe(200);
      while (step.run.events.length === before) await sleep(10);
    }
    const result = await step.ended();
    expect(result).toMatchObject({ x: 1, expected: 2, lost: 1, steps: 6, incrementsPerThread: 1, finishedByRequest: false });
    expect(writesOfX(step.run.events)).toEqual([
      ['thread-1', 1],
      ['thread-2', 1],
    ]);
    expect((await step.input('step:thread-1')).status).toBe(409);
    expect(await leftoversOf(step.run.events)).toEqual([]);
  });

  it('step: clicks sent faster than the threads move are all taken, in order; "finish" runs the rest', async () => {
    const step = await startStepRun({ increments: 2 });
    // No waiting between inputs: each must still become exactly one step.
    for (const input of ['step:thread-1', 'step:thread-2', 'step:thread-1', 'step:thread-1', 'step:thread-2', 'step:thread-2', 'finish']) {
      expect((await step.input(input)).status).toBe(200);
    }
    const result = await step.ended();
    // The first increment of each lost one (as above); "finish" then runs thread 1's second increment, then thread 2's.
    expect(result).toMatchObject({ x: 3, expected: 4, lost: 1, steps: 12, incrementsPerThread: 2, finishedByRequest: true });
    expect(writesOfX(step.run.events)).toEqual([
      ['thread-1', 1],
      ['thread-2', 1],
      ['thread-1', 2],
      ['thread-2', 3],
    ]);
    expect(await leftoversOf(step.run.events)).toEqual([]);
  });
});

describe('time limit', () => {
  it('kills a run at its time limit (±1 s) and leaves nothing behind', async () => {
    const limited = await startLabServer(['--time-limit', '1']);
    try {
      const startedAt = Date.now();
      const { info, events } = await runOverWebSocket(limited, 'crash', {});
      const elapsed = Date.now() - startedAt;
      expect(info.status).toBe('failed');
      expect(info.error).toMatch(/time limit of 1 s/);
      expect(elapsed).toBeGreaterThan(900);
      expect(elapsed).toBeLessThan(2600);
      const hostPid = (events[0] as EventOf<'actor.started'>).pid;
      let left = membersOfGroup(hostPid);
      for (let waited = 0; left.length > 0 && waited < 2000; waited += 50) {
        await sleep(50);
        left = membersOfGroup(hostPid);
      }
      expect(left).toEqual([]);
      const exits = events.filter((event) => event.kind === 'actor.exited').length;
      expect(exits).toBe(events.filter((event) => event.kind === 'actor.started').length);
    } finally {
      await limited.stop();
    }
  });
});
