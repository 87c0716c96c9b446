/**
 * One channel, told and measured: a short story (a couple of real round
 * trips, each hop an event) and then the silent measurement.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LabContext } from '../types.js';
import type { Conversation } from './conversation.js';
import { PEER_FAILED, QUIT, setTurn, type Mailbox } from './mailbox.js';
import { mailboxLatency, mailboxRoundTrip, mailboxThroughput, messageLatency, messageThroughput, streamLatency, streamThroughput, type LatencyRun, type ThroughputRun } from './measureLoops.js';
import { listen, onFrames, type StreamChannel } from './streams.js';

export const STORY_ROUND_TRIPS = 2;
export type Measured = { latency: LatencyRun; throughput: ThroughputRun };
/** How much to measure: round trips, burst length, and each loop's time cap. */
export type Sizes = { messageBytes: number; roundTrips: number; burstMessages: number; capMs: number };

/** A message channel (postMessage or child IPC): story then measurement. */
export async function tellAndMeasureMessages(context: LabContext, channel: string, peerActor: string, peer: Conversation, payload: unknown, sizes: Sizes): Promise<Measured> {
  const { bus, hostActor } = context;
  for (let round = 1; round <= STORY_ROUND_TRIPS; round += 1) {
    const msg = `${channel}-${round}`;
    bus.emit({ kind: 'message.sent', actor: hostActor, peer: peerActor, channel, bytes: sizes.messageBytes, msg });
    peer.send({ type: 'ping', story: msg, payload });
    await peer.next('pong');
    bus.emit({ kind: 'message.received', actor: hostActor, peer: peerActor, channel, bytes: sizes.messageBytes, msg: `${msg}-reply` });
  }
  const latency = await messageLatency(peer, payload, sizes.roundTrips, sizes.capMs);
  const throughput = await messageThroughput(peer, payload, sizes.burstMessages, sizes.capMs);
  return { latency, throughput };
}

/** The shared-memory mailbox with a peer thread that waits (futex) or spins. */
export async function tellAndMeasureMailbox(context: LabContext, channel: string, peer: Conversation, mailbox: Mailbox, spin: boolean, sizes: Sizes): Promise<Measured> {
  const { bus, hostActor, hostPid } = context;
  const payload = new Uint8Array(sizes.messageBytes).fill(5);
  const served = peer.next('sab-done');
  setTurn(mailbox.flags, 0);
  peer.send({ type: 'sab', buffer: mailbox.buffer, messageBytes: sizes.messageBytes, spin, story: [`${channel}-1`, `${channel}-2`], hostPid });
  try {
    for (let round = 1; round <= STORY_ROUND_TRIPS; round += 1) {
      bus.emit({ kind: 'memory.write', actor: hostActor, space: hostPid, cell: 'mailbox', value: round });
      mailboxRoundTrip(mailbox, payload, spin);
      bus.emit({ kind: 'memory.read', actor: hostActor, space: hostPid, cell: 'mailbox', value: -round });
      // Let the peer's story events reach the host before the next blocking round.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const latency = mailboxLatency(mailbox, payload, sizes.roundTrips, spin, sizes.capMs);
    const throughput = mailboxThroughput(mailbox, payload, sizes.burstMessages, spin, sizes.capMs);
    return { latency, throughput };
  } finally {
    // The peer sleeps until the turn moves, without a timeout: release it whatever happened here.
    if (Atomics.load(mailbox.flags, 0) !== PEER_FAILED) {
      setTurn(mailbox.flags, QUIT);
      await served;
    }
  }
}

/** A byte stream between the host and the peer process: FIFOs, a Unix socket, or TCP. */
export async function tellAndMeasureStream(context: LabContext, channel: StreamChannel, peerActor: string, peer: Conversation, sizes: Sizes): Promise<Measured> {
  const { bus, hostActor } = context;
  const directory = mkdtempSync(join(tmpdir(), 'lab-channel-'));
  try {
    const { address, ends: connecting } = await listen(channel, directory);
    const ready = peer.next('stream-ready');
    peer.send({ type: 'stream', address, frameBytes: sizes.messageBytes });
    const ends = await connecting;
    await ready;
    const frame = Buffer.alloc(sizes.messageBytes, 3);
    const msgs = Array.from({ length: STORY_ROUND_TRIPS }, (_, index) => `${channel}-${index + 1}`);
    const storyReady = peer.next('story-ready');
    peer.send({ type: 'stream-story', msgs });
    await storyReady;
    for (const msg of msgs) {
      const back = new Promise<void>((resolve) => {
        const stop = onFrames(ends.readable, frame.length, () => (stop(), resolve()));
      });
      bus.emit({ kind: 'message.sent', actor: hostActor, peer: peerActor, channel, bytes: frame.length, msg });
      ends.writable.write(frame);
      await back;
      bus.emit({ kind: 'message.received', actor: hostActor, peer: peerActor, channel, bytes: frame.length, msg: `${msg}-reply` });
    }
    const latency = await streamLatency(ends.readable, ends.writable, frame, sizes.roundTrips, sizes.capMs);
    const throughput = await streamThroughput(peer, ends.readable, ends.writable, frame, sizes.burstMessages, sizes.capMs);
    const closed = peer.next('stream-closed');
    peer.send({ type: 'stream-close' });
    await closed;
    ends.close();
    return { latency, throughput };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
