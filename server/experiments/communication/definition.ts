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
import { forkProcessActor, startThreadActor } from '../../lab/supervisor.js';
import { entryBeside, type ExperimentDefinition, type LabContext } from '../types.js';
import { burstMessages, loopCapMs } from './budget.js';
import { tellAndMeasureMailbox, tellAndMeasureMessages, tellAndMeasureStream, type Measured, type Sizes } from './channels.js';
import { conversation, type Conversation } from './conversation.js';
import { createMailbox } from './mailbox.js';
import { measureNativeCommunication } from './nativeRun.js';
import { notesFor, toChannelResult, verdictOf, type Channel } from './summary.js';

type CommunicationParams = { messageBytes: number; roundTrips: number; channels: Channel[] };

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

async function runChannel(context: LabContext, channel: Channel, peers: Peers, sizes: Sizes): Promise<Measured> {
  context.bus.emit({ kind: 'phase', name: `story-${channel}` });
  switch (channel) {
    case 'postMessage':
      return tellAndMeasureMessages(context, channel, 'peer-thread', peers.thread as Conversation, new Uint8Array(sizes.messageBytes).fill(1), sizes);
    case 'sab-wait':
    case 'sab-spin':
      return tellAndMeasureMailbox(context, channel, peers.thread as Conversation, createMailbox(sizes.messageBytes), channel === 'sab-spin', sizes);
    case 'ipc-json':
      // json serialization carries strings well (a Buffer would become an array of numbers).
      return tellAndMeasureMessages(context, channel, 'peer-process', peers.json as Conversation, 'x'.repeat(sizes.messageBytes), sizes);
    case 'ipc-advanced':
      return tellAndMeasureMessages(context, channel, 'peer-process-advanced', peers.advanced as Conversation, new Uint8Array(sizes.messageBytes).fill(1), sizes);
    case 'pipe':
    case 'unix-socket':
    case 'tcp':
      return tellAndMeasureStream(context, channel, 'peer-process', peers.json as Conversation, sizes);
  }
}

export const definition: ExperimentDefinition = {
  id: 'communication',
  async run(context) {
    const params = context.params as CommunicationParams;
    // A fixed order (threads first), whatever order the request listed them in.
    const channels = (Object.keys(channelKinds) as Channel[]).filter((channel) => params.channels.includes(channel));
    const sizes: Sizes = {
      messageBytes: params.messageBytes,
      roundTrips: params.roundTrips,
      burstMessages: burstMessages(params.messageBytes),
      capMs: loopCapMs(channels.length),
    };
    const peers = await startPeers(context, channels);
    const results: ChannelResult[] = [];
    for (const channel of channels) results.push(toChannelResult(channel, await runChannel(context, channel, peers, sizes)));
    context.bus.emit({ kind: 'phase', name: 'done' });
    await peers.end();
    // The same round trip in C, beside Node's channels: what the runtime adds (or why it is missing).
    const native = await measureNativeCommunication(context, params.messageBytes, params.roundTrips);

    const result: CommunicationResult = {
      messageBytes: params.messageBytes,
      channels: results,
      verdict: verdictOf(results),
      cores: availableParallelism(),
      nodeNotes: notesFor(channels),
      native,
    };
    return result;
  },
};
