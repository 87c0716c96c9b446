/**
 * The measuring loops: round trips one after another (latency, every sample
 * kept), and one-way bursts (throughput). No events are emitted inside them.
 * Each loop stops early at a time cap and says so.
 */
import type { Socket } from 'node:net';
import type { Conversation } from './conversation.js';
import { awaitTurnChange, setTurn, type Mailbox } from './mailbox.js';
import { onFrames } from './streams.js';

export const LATENCY_CAP_MS = 1500;
export const THROUGHPUT_CAP_MS = 1500;
const WARMUP_ROUNDS = 50;

export type LatencyRun = { samplesUs: number[]; cutForTime: boolean };
export type ThroughputRun = { bytes: number; messages: number; seconds: number; cutForTime: boolean };

async function timeRounds(rounds: number, once: () => Promise<void> | void): Promise<LatencyRun> {
  for (let warm = 0; warm < Math.min(WARMUP_ROUNDS, rounds); warm += 1) await once();
  const samplesUs: number[] = [];
  const started = performance.now();
  for (let round = 0; round < rounds; round += 1) {
    const before = performance.now();
    await once();
    samplesUs.push((performance.now() - before) * 1000);
    if (performance.now() - started > LATENCY_CAP_MS) return { samplesUs, cutForTime: round + 1 < rounds };
  }
  return { samplesUs, cutForTime: false };
}

export function messageLatency(peer: Conversation, payload: unknown, rounds: number): Promise<LatencyRun> {
  return timeRounds(rounds, async () => {
    peer.send({ type: 'ping', story: null, payload });
    await peer.next('pong');
  });
}

export async function messageThroughput(peer: Conversation, payload: unknown, bytesEach: number, messages: number): Promise<ThroughputRun> {
  const started = performance.now();
  let sent = 0;
  while (sent < messages && performance.now() - started < THROUGHPUT_CAP_MS) {
    // Send in slices so a time cap can be noticed between them.
    for (let slice = 0; slice < 64 && sent < messages; slice += 1, sent += 1) peer.send({ type: 'blast', payload });
    await new Promise((resolve) => setImmediate(resolve));
  }
  peer.send({ type: 'blast-end' });
  const ack = await peer.next<{ bytes: number }>('blast-ack');
  return { bytes: ack.bytes, messages: sent, seconds: (performance.now() - started) / 1000, cutForTime: sent < messages };
}

/** One frame out, one frame back, over a byte stream. */
export function streamLatency(readable: Socket, writable: Socket, frame: Buffer, rounds: number): Promise<LatencyRun> {
  let arrived: () => void = () => undefined;
  const stop = onFrames(readable, frame.length, () => arrived());
  return timeRounds(rounds, () => {
    const back = new Promise<void>((resolve) => (arrived = resolve));
    writable.write(frame);
    return back;
  }).finally(stop);
}

export async function streamThroughput(peer: Conversation, readable: Socket, writable: Socket, frame: Buffer, frames: number): Promise<ThroughputRun> {
  peer.send({ type: 'stream-sink', frames });
  await peer.next('sink-ready');
  let acked: () => void = () => undefined;
  const ack = new Promise<void>((resolve) => (acked = resolve));
  const stop = onFrames(readable, frame.length, () => acked());
  const started = performance.now();
  for (let written = 0; written < frames; written += 1) {
    if (!writable.write(frame)) await new Promise((resolve) => writable.once('drain', resolve));
  }
  await ack;
  stop();
  return { bytes: frames * frame.length, messages: frames, seconds: (performance.now() - started) / 1000, cutForTime: false };
}

/** One round trip through shared memory: write the request in place, wait for the reply in place. */
export function mailboxRoundTrip(mailbox: Mailbox, payload: Uint8Array, spin: boolean): void {
  mailbox.bytes.set(payload);
  const request = Atomics.load(mailbox.flags, 0) + 1;
  setTurn(mailbox.flags, request);
  awaitTurnChange(mailbox.flags, request, spin);
}

/** Round trips through shared memory: the host writes the mailbox, the peer thread answers in place. */
export function mailboxLatency(mailbox: Mailbox, payload: Uint8Array, rounds: number, spin: boolean): LatencyRun {
  const samplesUs: number[] = [];
  const once = () => mailboxRoundTrip(mailbox, payload, spin);
  for (let warm = 0; warm < Math.min(WARMUP_ROUNDS, rounds); warm += 1) once();
  const started = performance.now();
  for (let round = 0; round < rounds; round += 1) {
    const before = performance.now();
    once();
    samplesUs.push((performance.now() - before) * 1000);
    if (performance.now() - started > LATENCY_CAP_MS) return { samplesUs, cutForTime: round + 1 < rounds };
  }
  return { samplesUs, cutForTime: false };
}

/** Messages handed over one after another through the single-slot mailbox (each waits for the reader). */
export function mailboxThroughput(mailbox: Mailbox, payload: Uint8Array, messages: number, spin: boolean): ThroughputRun {
  const started = performance.now();
  let sent = 0;
  for (; sent < messages && performance.now() - started < THROUGHPUT_CAP_MS; sent += 1) mailboxRoundTrip(mailbox, payload, spin);
  return { bytes: sent * payload.byteLength, messages: sent, seconds: (performance.now() - started) / 1000, cutForTime: sent < messages };
}
