/**
 * The communication lesson on the real server: each chosen channel measured,
 * story messages paired send→receive in causal order, thread peers inside
 * the host's process and process peers in their own, and nothing left
 * behind: no process of the run's group, no FIFO or socket file in tmp.
 */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventOf, LabEvent } from '../../../shared/protocol.js';
import { channelKinds, communicationResultSchema } from '../../../shared/results/communication.js';
import { runOverWebSocket, sleep, startLabServer, type LabServer } from '../../testing/labServer.js';
import { membersOfGroup } from '../../testing/procWatch.js';

let server: LabServer;
beforeAll(async () => {
  server = await startLabServer();
});
afterAll(async () => {
  await server.stop();
});

/** Where the host makes its FIFOs and socket files (one fresh directory per channel). */
const labDirectories = () => readdirSync(tmpdir()).filter((name) => name.startsWith('lab-channel-'));

type Channel = keyof typeof channelKinds;

async function runAndCheck(channels: Channel[], messageBytes: number) {
  const before = labDirectories();
  const { info, events } = await runOverWebSocket(server, 'communication', { messageBytes, roundTrips: 60, channels });
  expect(info.status, info.error).toBe('finished');

  // Every channel measured, in catalog order, with real latency.
  const result = communicationResultSchema.parse((events.at(-1) as EventOf<'run.finished'>).result);
  const catalogOrder = (Object.keys(channelKinds) as Channel[]).filter((channel) => channels.includes(channel));
  expect(result.channels.map((entry) => entry.channel)).toEqual(catalogOrder);
  expect(result.messageBytes).toBe(messageBytes);
  for (const entry of result.channels) {
    expect(entry.latencyMedianUs, entry.channel).toBeGreaterThan(0);
    expect(entry.latencyP99Us, entry.channel).toBeGreaterThanOrEqual(entry.latencyMedianUs);
    expect(entry.roundTrips, entry.channel).toBeGreaterThan(0);
    expect(entry.latencySamplesUs.length, entry.channel).toBeGreaterThan(0);
    expect(entry.latencySamplesUs.length, entry.channel).toBeLessThanOrEqual(200);
    expect(entry.throughputMBps, entry.channel).toBeGreaterThan(0);
  }

  // Story: every receive has its send, which came first; each hop's two ends are in the right places.
  const started = new Map(
    events.filter((event): event is EventOf<'actor.started'> => event.kind === 'actor.started').map((event) => [event.actor, event]),
  );
  const sent = new Map<string, EventOf<'message.sent'>>();
  const storyChannels = new Set<string>();
  for (const event of events) {
    if (event.kind === 'message.sent') sent.set(event.msg, event);
    if (event.kind !== 'message.received') continue;
    const send = sent.get(event.msg);
    expect(send, `a send for ${event.msg}`).toBeDefined();
    if (!send) continue;
    expect(event.t).toBeGreaterThanOrEqual(send.t);
    expect(send.channel).toBe(event.channel);
    expect(send.bytes).toBe(messageBytes);
    expect(send.peer).toBe(event.actor);
    const from = started.get(send.actor);
    const to = started.get(event.actor);
    if (channelKinds[event.channel as Channel].between === 'threads') {
      expect(to?.pid, event.msg).toBe(from?.pid);
      expect(to?.tid, event.msg).not.toBe(from?.tid);
    } else {
      expect(to?.pid, event.msg).not.toBe(from?.pid);
    }
    storyChannels.add(event.channel);
  }
  const messageChannels = channels.filter((channel) => !channel.startsWith('sab-'));
  expect([...storyChannels].sort()).toEqual([...messageChannels].sort());

  // Shared memory: both threads touch the one mailbox in the host's address space.
  const hostPid = started.get('host')?.pid ?? -1;
  if (channels.some((channel) => channel.startsWith('sab-'))) {
    const touches = events.filter((event): event is LabEvent & { kind: 'memory.write' | 'memory.read' } => event.kind === 'memory.write' || event.kind === 'memory.read');
    expect(new Set(touches.map((event) => event.actor))).toEqual(new Set(['host', 'peer-thread']));
    for (const touch of touches) expect(touch.space).toBe(hostPid);
  }

  // Every actor exited once; nothing of the run's process group, and no channel file, is left.
  for (const actor of started.keys()) expect(events.filter((event) => event.kind === 'actor.exited' && event.actor === actor)).toHaveLength(1);
  let left = membersOfGroup(hostPid);
  for (let waited = 0; left.length > 0 && waited < 2000; waited += 50) {
    await sleep(50);
    left = membersOfGroup(hostPid);
  }
  expect(left).toEqual([]);
  expect(labDirectories()).toEqual(before);
  return result;
}

describe('communication lesson', () => {
  it('measures postMessage, ipc-json, pipe and sab-wait and tells a causal story', async () => {
    const result = await runAndCheck(['postMessage', 'ipc-json', 'pipe', 'sab-wait'], 64);
    expect(result.verdict.processOverThreadRatio).toBeGreaterThan(0);
    expect(result.verdict.sharedMemorySpeedup).toBeGreaterThan(0);
    expect(result.verdict.fastestProcessChannel).toMatch(/^(ipc-json|pipe)$/);
  });

  it('measures the other channels (spin, advanced IPC, Unix socket, TCP) with bigger messages', async () => {
    const result = await runAndCheck(['sab-spin', 'ipc-advanced', 'unix-socket', 'tcp'], 4096);
    expect(result.nodeNotes).toContain('spin-burns-a-core');
    expect(result.verdict.sharedMemorySpeedup).toBeNull();
  });
});
