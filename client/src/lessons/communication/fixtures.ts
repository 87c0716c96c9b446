/**
 * A communication run shaped exactly like the server's (actors, phases,
 * story hops, mailbox accesses, result), built here because the server side
 * was being written when this lesson was: the figures in its result are the
 * reference medians of ../shared/reference/baseline.md (64-byte messages, a
 * 2-core machine), not a run of this lab. Tests only; nothing on screen
 * comes from it.
 */
import { channelKinds } from '../../../../shared/results/communication.js';
import type { ChannelResult, CommunicationResult } from '../../../../shared/results/communication.js';
import type { EventBody, LabEvent } from '../../../../shared/protocol.js';

const HOST = 21789;
const PEER_THREAD_TID = 21908;
const PEER_PROCESS = 21954;
const PEER_ADVANCED = 22000;

type Channel = keyof typeof channelKinds;
const reference: Record<Channel, { median: number; p99: number; mbps: number }> = {
  postMessage: { median: 19.09, p99: 40.68, mbps: 2214 },
  'sab-wait': { median: 14.53, p99: 24.97, mbps: 2777 },
  'sab-spin': { median: 0.35, p99: 0.53, mbps: 4901 },
  'ipc-json': { median: 38.1, p99: 112, mbps: 181 },
  'ipc-advanced': { median: 46.93, p99: 172, mbps: 538 },
  pipe: { median: 28.8, p99: 112, mbps: 1078 },
  'unix-socket': { median: 25.98, p99: 97.11, mbps: 997 },
  tcp: { median: 32.5, p99: 119, mbps: 1103 },
};

function peerOf(channel: Channel): string {
  if (channelKinds[channel].between === 'threads') return 'peer-thread';
  return channel === 'ipc-advanced' ? 'peer-process-advanced' : 'peer-process';
}

export function fixtureResult(asked: readonly Channel[]): CommunicationResult {
  const channels = (Object.keys(channelKinds) as Channel[]).filter((channel) => asked.includes(channel));
  const results: ChannelResult[] = channels.map((channel) => {
    const { median, p99, mbps } = reference[channel];
    return {
      channel,
      ...channelKinds[channel],
      roundTrips: 2000,
      latencyMedianUs: median,
      latencyP99Us: p99,
      latencySamplesUs: Array.from({ length: 20 }, (_, index) => median * (0.8 + (index % 5) * 0.1)),
      throughputMBps: mbps,
      messagesPerSecond: (mbps * 2 ** 20) / 64,
      cutForTime: false,
    };
  });
  const fastest = (between: 'threads' | 'processes') => results.filter((entry) => entry.between === between).sort((a, b) => a.latencyMedianUs - b.latencyMedianUs)[0];
  const of = (channel: string) => results.find((entry) => entry.channel === channel);
  const postMessage = of('postMessage');
  const sabWait = of('sab-wait');
  const fastestProcess = fastest('processes');
  return {
    messageBytes: 64,
    channels: results,
    verdict: {
      fastestThreadChannel: fastest('threads')?.channel ?? null,
      fastestProcessChannel: fastestProcess?.channel ?? null,
      processOverThreadRatio: fastestProcess && postMessage ? fastestProcess.latencyMedianUs / postMessage.latencyMedianUs : null,
      sharedMemorySpeedup: postMessage && sabWait ? postMessage.latencyMedianUs / sabWait.latencyMedianUs : null,
    },
    cores: 2,
    nodeNotes: ['worker-own-heap', 'structured-clone-copies', 'stdio-pipes-are-socketpairs', ...(channels.includes('sab-spin') ? ['spin-burns-a-core'] : [])],
  };
}

/** The event log of a run over these channels, two story round trips each. */
export function fixtureRun(asked: readonly Channel[] = Object.keys(channelKinds) as Channel[]): LabEvent[] {
  // Like the server: a fixed order, whatever order the request listed them in.
  const channels = (Object.keys(channelKinds) as Channel[]).filter((channel) => asked.includes(channel));
  const bodies: (EventBody & { t: number })[] = [];
  let t = 1_000_000;
  const at = (body: EventBody, step = 50_000) => {
    t += step;
    bodies.push({ ...body, t } as EventBody & { t: number });
  };
  at({ kind: 'actor.started', actor: 'host', type: 'process', pid: HOST, tid: HOST, label: 'lab host' });
  at({ kind: 'actor.started', actor: 'peer-thread', type: 'thread', pid: HOST, tid: PEER_THREAD_TID, parent: 'host', label: 'peer thread' }, 600_000_000);
  at({ kind: 'actor.started', actor: 'peer-process', type: 'process', pid: PEER_PROCESS, tid: PEER_PROCESS, parent: 'host', label: 'peer process' }, 600_000_000);
  if (channels.includes('ipc-advanced')) {
    at({ kind: 'actor.started', actor: 'peer-process-advanced', type: 'process', pid: PEER_ADVANCED, tid: PEER_ADVANCED, parent: 'host', label: 'peer process (advanced serialization)' }, 600_000_000);
  }
  for (const channel of channels) {
    at({ kind: 'phase', name: `story-${channel}` });
    const peer = peerOf(channel);
    for (const round of [1, 2]) {
      if (channelKinds[channel].copies === 'none') {
        at({ kind: 'memory.write', actor: 'host', space: HOST, cell: 'mailbox', value: round });
        at({ kind: 'memory.read', actor: 'peer-thread', space: HOST, cell: 'mailbox', value: round }, 20_000);
        at({ kind: 'memory.write', actor: 'peer-thread', space: HOST, cell: 'mailbox', value: -round }, 5_000);
        at({ kind: 'memory.read', actor: 'host', space: HOST, cell: 'mailbox', value: -round }, 20_000);
        continue;
      }
      const msg = `${channel}-${round}`;
      at({ kind: 'message.sent', actor: 'host', peer, channel, bytes: 64, msg });
      at({ kind: 'message.received', actor: peer, peer: 'host', channel, bytes: 64, msg }, 40_000);
      at({ kind: 'message.sent', actor: peer, peer: 'host', channel, bytes: 64, msg: `${msg}-reply` }, 10_000);
      at({ kind: 'message.received', actor: 'host', peer, channel, bytes: 64, msg: `${msg}-reply` }, 40_000);
    }
    t += 300_000_000; // the silent measurement of this channel
  }
  at({ kind: 'phase', name: 'done' });
  for (const actor of ['peer-thread', 'peer-process', ...(channels.includes('ipc-advanced') ? ['peer-process-advanced'] : []), 'host']) {
    at({ kind: 'actor.exited', actor, code: 0, signal: null, reason: 'finished' }, 2_000_000);
  }
  at({ kind: 'run.finished', result: fixtureResult(channels) as unknown as Record<string, unknown> });
  return bodies.map((body, seq) => ({ ...body, run: 'fixture', seq }) as LabEvent);
}
