/**
 * The communication lesson on the real server: each channel measured, story
 * messages paired send→receive in causal order, thread peers in the host's
 * process and process peers in their own, and no FIFO or socket file left.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventOf, LabEvent } from '../../../shared/protocol.js';
import { communicationResultSchema } from '../../../shared/results/communication.js';
import { runOverWebSocket, sleep, startLabServer, type LabServer } from '../../testing/labServer.js';
import { membersOfGroup } from '../../testing/procWatch.js';

let server: LabServer;
beforeAll(async () => {
  server = await startLabServer();
});
afterAll(async () => {
  await server.stop();
});

const labDirectories = () => readdirSync(tmpdir()).filter((name) => name.startsWith('lab-channel-'));

describe('communication lesson', () => {
  it('measures every chosen channel and tells a causal story of real messages', async () => {
    const before = labDirectories();
    const channels = ['postMessage', 'sab-wait', 'ipc-json', 'ipc-advanced', 'pipe', 'unix-socket', 'tcp'];
    const { info, events } = await runOverWebSocket(server, 'communication', { messageBytes: 256, roundTrips: 200, channels });
    expect(info.status, info.error).toBe('finished');
    const result = communicationResultSchema.parse((events.at(-1) as EventOf<'run.finished'>).result);
    expect(result.channels.map((channel) => channel.channel)).toEqual(channels);
    for (const channel of result.channels) {
      expect(channel.latencyMedianUs, channel.channel).toBeGreaterThan(0);
      expect(channel.throughputMBps, channel.channel).toBeGreaterThan(0);
      expect(channel.latencySamplesUs.length).toBeGreaterThan(0);
    }

    const started = new Map(
      events.filter((event): event is EventOf<'actor.started'> => event.kind === 'actor.started').map((event) => [event.actor, event]),
    );
    expect(started.get('peer-thread')?.pid).toBe(started.get('host')?.pid);
    expect(started.get('peer-process')?.pid).not.toBe(started.get('host')?.pid);

    const sent = new Map<string, LabEvent>();
    const pairs: [LabEvent, LabEvent][] = [];
    for (const event of events) {
      if (event.kind === 'message.sent') sent.set(event.msg, event);
      if (event.kind === 'message.received') {
        const send = sent.get(event.msg);
        expect(send, `a send for ${event.msg}`).toBeDefined();
        pairs.push([send as LabEvent, event]);
      }
    }
    expect(pairs.length).toBeGreaterThanOrEqual(4 * (channels.length - 1));
    for (const [send, receive] of pairs) expect(receive.t).toBeGreaterThanOrEqual(send.t);
    const mailboxWrites = events.filter((event) => event.kind === 'memory.write' && event.cell === 'mailbox');
    expect(mailboxWrites.length).toBeGreaterThanOrEqual(2);

    const hostPid = started.get('host')?.pid ?? -1;
    let left = membersOfGroup(hostPid);
    for (let waited = 0; left.length > 0 && waited < 2000; waited += 50) {
      await sleep(50);
      left = membersOfGroup(hostPid);
    }
    expect(left).toEqual([]);
    expect(labDirectories()).toEqual(before);
  });
});
