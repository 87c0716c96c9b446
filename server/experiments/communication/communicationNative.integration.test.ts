/**
 * The communication lesson's native figures, from a real run through the
 * built server: a C parent and its forked child measured a pipe and a
 * shared-memory + futex round trip with the run's message size, in the same
 * run as Node's channels, and nothing is left.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventOf } from '../../../shared/protocol.js';
import { communicationResultSchema } from '../../../shared/results/communication.js';
import { runOverWebSocket, sleep, startLabServer, type LabServer } from '../../testing/labServer.js';
import { nativeEngineBuilt } from '../../testing/nativeEngine.js';
import { membersOfGroup } from '../../testing/procWatch.js';

describe.skipIf(!nativeEngineBuilt())('communication lesson: C round trips beside Node’s', () => {
  let server: LabServer;
  beforeAll(async () => {
    server = await startLabServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('measures a pipe and shared memory with a futex between two C processes', async () => {
    const { info, events } = await runOverWebSocket(server, 'communication', { messageBytes: 4096, roundTrips: 300, channels: ['pipe'] });
    expect(info.status, info.error).toBe('finished');
    const result = communicationResultSchema.parse((events.at(-1) as EventOf<'run.finished'>).result);
    const native = result.native;
    if (!native?.available) throw new Error(`no native figures: ${JSON.stringify(native)}`);
    expect(native.channels.map((entry) => entry.channel)).toEqual(['pipe', 'shm-futex']);
    for (const entry of native.channels) {
      expect(entry.roundTrips, entry.channel).toBe(300);
      expect(entry.cutForTime).toBe(false);
      expect(entry.latencyMedianUs, entry.channel).toBeGreaterThan(0);
      expect(entry.latencyP99Us, entry.channel).toBeGreaterThanOrEqual(entry.latencyMedianUs);
    }
    expect(events.find((event) => event.kind === 'actor.exited' && event.actor === 'native')).toMatchObject({ code: 0, signal: null });

    const hostPid = events.find((event): event is EventOf<'actor.started'> => event.kind === 'actor.started' && event.actor === 'host')?.pid ?? -1;
    let left = membersOfGroup(hostPid);
    for (let waited = 0; left.length > 0 && waited < 2000; waited += 50) {
      await sleep(50);
      left = membersOfGroup(hostPid);
    }
    expect(left).toEqual([]);
  });
});
