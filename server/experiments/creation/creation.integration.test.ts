/**
 * The creation lesson on the real server: N threads in one process, N
 * processes with their own pids, a sample per unit per repeat, memory read
 * from /proc, and every unit gone afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventOf } from '../../../shared/protocol.js';
import { creationResultSchema } from '../../../shared/results/creation.js';
import { runOverWebSocket, sleep, startLabServer, type LabServer } from '../../testing/labServer.js';
import { membersOfGroup } from '../../testing/procWatch.js';

let server: LabServer;
beforeAll(async () => {
  server = await startLabServer();
});
afterAll(async () => {
  await server.stop();
});

describe('creation lesson', () => {
  it('times every unit, reads memory from /proc, and shows the story units with real ids', async () => {
    const { info, events } = await runOverWebSocket(server, 'creation', { units: 3, repeats: 3 });
    expect(info.status, info.error).toBe('finished');
    const result = creationResultSchema.parse((events.at(-1) as EventOf<'run.finished'>).result);
    expect(result.repeatsDone).toBe(3);
    // The story repeat is left out of the samples when there are more.
    for (const side of [result.threads, result.processes]) {
      expect(side.readyUs).toHaveLength(3 * 2);
      expect(side.exitUs).toHaveLength(3 * 2);
      expect(side.readyUs.every((sample) => sample > 0)).toBe(true);
      expect(side.privateKb).toHaveLength(2);
    }
    expect(result.processes.privateKb.every((kb) => kb > 1000)).toBe(true);
    expect(result.processes.rssKb.every((kb, index) => kb > (result.processes.privateKb[index] as number))).toBe(true);
    expect(result.verdict.ratio).toBeCloseTo(result.processes.readyMedianUs / result.threads.readyMedianUs, 6);

    const started = events.filter((event): event is EventOf<'actor.started'> => event.kind === 'actor.started');
    const spawner = started.find((actor) => actor.actor === 'thread-host');
    const storyThreads = started.filter((actor) => actor.type === 'thread');
    const storyProcesses = started.filter((actor) => actor.actor.startsWith('proc-'));
    expect(storyThreads).toHaveLength(3);
    expect(new Set(storyThreads.map((actor) => actor.pid))).toEqual(new Set([spawner?.pid]));
    expect(new Set(storyProcesses.map((actor) => actor.pid)).size).toBe(3);

    const hostPid = (events[0] as EventOf<'actor.started'>).pid;
    let left = membersOfGroup(hostPid);
    for (let waited = 0; left.length > 0 && waited < 2000; waited += 50) {
      await sleep(50);
      left = membersOfGroup(hostPid);
    }
    expect(left).toEqual([]);
  });
});
