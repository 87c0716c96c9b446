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

describe('race lesson', () => {
  it('measure: reports every repeat; atomic and lock lose nothing; each process keeps its own exact count', async () => {
    const { info, events } = await runOverWebSocket(server, 'race', { mode: 'measure', threads: 3, increments: 200_000, repeats: 3 });
    expect(info.status, info.error).toBe('finished');
    const result = raceMeasureResultSchema.parse((events.at(-1) as EventOf<'run.finished'>).result);
    expect(result.variants.map((variant) => variant.variant)).toEqual(['plain', 'atomic', 'lock']);
    for (const variant of result.variants) {
      expect(variant.rounds).toHaveLength(3);
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
  });

  it('step: the person schedules two real threads and loses an update on purpose', async () => {
    const socket = new WebSocket(server.wsUrl, { origin: server.url });
    const events: LabEvent[] = [];
    let runId = '';
    let ended = false;
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { type: string; run?: { id: string; status: string }; events?: LabEvent[] };
      if (message.type === 'run.accepted' && message.run) runId = message.run.id;
      if (message.type === 'events' && message.events) events.push(...message.events);
      if (message.type === 'run.status' && message.run && ['finished', 'failed'].includes(message.run.status)) ended = true;
    });
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'run.start', experiment: 'race', params: { mode: 'step', increments: 1 } }));
    const started = () => events.filter((event) => event.kind === 'actor.started' && event.type === 'thread').length;
    while (started() < 2) await sleep(20);
    // read 1, read 2, add 1, write 1, add 2, write 2: both read 0, both write 1.
    for (const thread of [1, 2, 1, 1, 2, 2]) {
      const before = events.length;
      const answer = await postJson(`${server.url}/api/runs/${runId}/input`, { input: `step:thread-${thread}` });
      expect(answer.status).toBe(200);
      while (events.length === before) await sleep(10);
    }
    while (!ended) await sleep(20);
    socket.close();
    const result = raceStepResultSchema.parse((events.at(-1) as EventOf<'run.finished'>).result);
    expect(result).toMatchObject({ x: 1, expected: 2, lost: 1 });
    const writesOfX = events.filter((event): event is EventOf<'memory.write'> => event.kind === 'memory.write' && event.cell === 'x' && event.actor.startsWith('thread-'));
    expect(writesOfX.map((write) => [write.actor, write.value])).toEqual([
      ['thread-1', 1],
      ['thread-2', 1],
    ]);
    expect((await postJson(`${server.url}/api/runs/${runId}/input`, { input: 'step:thread-1' })).status).toBe(409);
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
