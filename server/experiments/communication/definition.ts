/**
 * Lesson "communication": IPC vs shared memory. The lab host talks to a
 * worker thread of its own (postMessage, a SharedArrayBuffer mailbox with
 * wait/notify or spinning) and to child processes (IPC in json and advanced
 * serialization, FIFOs, a Unix socket, TCP). Each channel: a short story of
 * real round trips, then latency and throughput measured without events.
 */
import { availableParallelism } from 'node:os';
import type { ChannelResult, CommunicationResult } from '../../../shared/results/communication.js';
import { channelKinds } from '../../../shared/results/communication.js';
import { downsample, median, quantile } from '../../../shared/stats.js';
import { forkProcessActor, startThreadActor } from '../../lab/supervisor.js';
import { entryBeside, type ExperimentDefinition, type LabContext } from '../types.js';
import { tellAndMeasureMailbox, tellAndMeasureMessages, tellAndMeasureStream, type Measured } from './channels.js';
import { conversation, type Conversation } from './conversation.js';
import { createMailbox } from './mailbox.js';

type Channel = keyof typeof channelKinds;
type CommunicationParams = { messageBytes: number; roundTrips: number; channels: Channel[] };

/** Bytes moved in one throughput burst: enough to mean something, bounded in time and memory. */
function burstMessages(messageBytes: number): number {
  const target = Math.min(32 * 2 ** 20, Math.max(2 * 2 ** 20, messageBytes * 2000));
  return Math.max(16, Math.ceil(target / messageBytes));
}

type Peers = { thread?: Conversation; json?: Conversation; advanced?: Conversation; end(): Promise<void> };

async function startPeers(context: LabContext, channels: Channel[]): Promise<Peers> {
  const ends: (() => Promise<unknown>)[] = [];
  const peers: Peers = { end: async () => void (await Promise.all(ends.map((end) => end()))) };
  const spec = (actor: string, label: string) => ({ actor, label, parent: context.hostActor, startNs: context.startNs });
  if (channels.some((channel) => channelKinds[channel].between === 'threads')) {
    const thread = startThreadActor(context.bus, { ...spec('peer-thread', 'peer thread'), entry: entryBeside(import.meta.url, './peerThread.js') });
    peers.thread = conversation((message) => thread.worker.postMessage(message), thread.onMessage);
    await peers.thread.next('peer-ready');
    ends.push(() => (peers.thread?.send({ type: 'end' }), thread.exited));
  }
  const forkPeer = async (actor: string, serialization: 'json' | 'advanced') => {
    const child = forkProcessActor(context.bus, {
      ...spec(actor, serialization === 'json' ? 'peer process' : 'peer process (advanced serialization)'),
      entry: entryBeside(import.meta.url, './peerProcess.js'),
      args: [serialization],
      serialization,
    });
    const talk = conversation((message) => child.send(message), child.onMessage);
    await talk.next('peer-ready');
    ends.push(() => (talk.send({ type: 'end' }), child.exited));
    return talk;
  };
  if (channels.some((channel) => ['ipc-json', 'pipe', 'unix-socket', 'tcp'].includes(channel))) peers.json = await forkPeer('peer-process', 'json');
  if (channels.includes('ipc-advanced')) peers.advanced = await forkPeer('peer-process-advanced', 'advanced');
  return peers;
}

async function runChannel(context: LabContext, channel: Channel, peers: Peers, params: CommunicationParams): Promise<Measured> {
  const sizes = { messageBytes: params.messageBytes, roundTrips: params.roundTrips, burstMessages: burstMessages(params.messageBytes) };
  context.bus.emit({ kind: 'phase', name: `story-${channel}` });
  switch (channel) {
    case 'postMessage':
      return tellAndMeasureMessages(context, channel, 'peer-thread', peers.thread as Conversation, new Uint8Array(params.messageBytes).fill(1), sizes);
    case 'sab-wait':
    case 'sab-spin':
      return tellAndMeasureMailbox(context, channel, peers.thread as Conversation, createMailbox(params.messageBytes), channel === 'sab-spin', sizes);
    case 'ipc-json':
      // json serialization carries strings well (a Buffer would become an array of numbers).
      return tellAndMeasureMessages(context, channel, 'peer-process', peers.json as Conversation, 'x'.repeat(params.messageBytes), sizes);
    case 'ipc-advanced':
      return tellAndMeasureMessages(context, channel, 'peer-process-advanced', peers.advanced as Conversation, new Uint8Array(params.messageBytes).fill(1), sizes);
    case 'pipe':
    case 'unix-socket':
    case 'tcp':
      return tellAndMeasureStream(context, channel, 'peer-process', peers.json as Conversation, sizes);
  }
}

function toResult(channel: Channel, measured: Measured): ChannelResult {
  const { latency, throughput } = measured;
  return {
    channel,
    ...channelKinds[channel],
    roundTrips: latency.samplesUs.length,
    latencyMedianUs: median(latency.samplesUs),
    latencyP99Us: quantile(latency.samplesUs, 0.99),
    latencySamplesUs: downsample(latency.samplesUs, 200),
    throughputMBps: throughput.bytes / 2 ** 20 / throughput.seconds,
    messagesPerSecond: throughput.messages / throughput.seconds,
    cutForTime: latency.cutForTime || throughput.cutForTime,
  };
}

export const definition: ExperimentDefinition = {
  id: 'communication',
  async run(context) {
    const params = context.params as CommunicationParams;
    // A fixed order (threads first), whatever order the request listed them in.
    const channels = (Object.keys(channelKinds) as Channel[]).filter((channel) => params.channels.includes(channel));
    const peers = await startPeers(context, channels);
    const results: ChannelResult[] = [];
    for (const channel of channels) results.push(toResult(channel, await runChannel(context, channel, peers, params)));
    context.bus.emit({ kind: 'phase', name: 'done' });
    await peers.end();

    const fastest = (between: 'threads' | 'processes') =>
      results.filter((entry) => entry.between === between).sort((a, b) => a.latencyMedianUs - b.latencyMedianUs)[0];
    const of = (channel: string) => results.find((entry) => entry.channel === channel);
    const fastestProcess = fastest('processes');
    const postMessage = of('postMessage');
    const sabWait = of('sab-wait');
    const result: CommunicationResult = {
      messageBytes: params.messageBytes,
      channels: results,
      verdict: {
        fastestThreadChannel: fastest('threads')?.channel ?? null,
        fastestProcessChannel: fastestProcess?.channel ?? null,
        processOverThreadRatio: fastestProcess && postMessage ? fastestProcess.latencyMedianUs / postMessage.latencyMedianUs : null,
        sharedMemorySpeedup: postMessage && sabWait ? postMessage.latencyMedianUs / sabWait.latencyMedianUs : null,
      },
      cores: availableParallelism(),
      nodeNotes: ['worker-own-heap', 'structured-clone-copies', 'stdio-pipes-are-socketpairs', ...(channels.includes('sab-spin') ? ['spin-burns-a-core'] : [])],
    };
    return result;
  },
};
